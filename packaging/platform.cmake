# SPDX-License-Identifier: MIT
# Windows and macOS: what makes the GUI a native application and makes the install tree self-contained
# (Qt deployed by Qt's deploy script, LibTorch's shared libraries copied from the official LibTorch archive).

if(NOT (WIN32 OR APPLE) OR NOT TARGET optibench)
    return()
endif()

# LibTorch's own shared libraries, from the directory of the package found through Torch_DIR.
get_filename_component(OB_TORCH_PREFIX "${Torch_DIR}/../../.." ABSOLUTE)
if(WIN32)
    set_target_properties(optibench PROPERTIES WIN32_EXECUTABLE ON)
    target_sources(optibench PRIVATE ${PROJECT_SOURCE_DIR}/packaging/windows/optibench.rc)
    file(GLOB OB_TORCH_RUNTIME "${OB_TORCH_PREFIX}/lib/*.dll")
    install(FILES ${OB_TORCH_RUNTIME} DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    set(MACOSX_BUNDLE_ICON_FILE optibench.icns)
    set_source_files_properties(${PROJECT_SOURCE_DIR}/packaging/macos/optibench.icns
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(optibench PRIVATE ${PROJECT_SOURCE_DIR}/packaging/macos/optibench.icns)
    set_target_properties(optibench PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME OptiBench
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER io.github.optibench.OptiBench
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        INSTALL_RPATH "@executable_path/../Frameworks")
    set_target_properties(optibench-cli PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
    file(GLOB OB_TORCH_RUNTIME "${OB_TORCH_PREFIX}/lib/*.dylib")
    install(FILES ${OB_TORCH_RUNTIME} DESTINATION OptiBench.app/Contents/Frameworks)
    install(TARGETS optibench-cli RUNTIME DESTINATION OptiBench.app/Contents/MacOS)
    set_target_properties(optibench-worker PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
    install(TARGETS optibench-worker RUNTIME DESTINATION OptiBench.app/Contents/MacOS)
endif()

# Qt's libraries, plugins and translations next to the executable (windeployqt / macdeployqt under the hood).
qt_generate_deploy_app_script(TARGET optibench OUTPUT_SCRIPT OB_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${OB_DEPLOY_SCRIPT})
