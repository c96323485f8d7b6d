# SPDX-License-Identifier: MIT
# CPack settings for every platform; the generator defaults follow the platform.
set(CPACK_PACKAGE_NAME optibench)
set(CPACK_PACKAGE_VENDOR "The OptiBench authors")
set(CPACK_PACKAGE_CONTACT "OptiBench maintainers <maintainers@optibench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inference optimization workbench for LibTorch models")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/optibench/optibench")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY OptiBench)
set(CPACK_PACKAGE_EXECUTABLES optibench OptiBench)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME OptiBench)
    set(CPACK_NSIS_PACKAGE_NAME OptiBench)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/optibench.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/packaging/windows/optibench.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\optibench.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\OptiBench.lnk' '$INSTDIR\\\\bin\\\\optibench.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\OptiBench.lnk'")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME OptiBench)
    set(CPACK_DMG_FORMAT UDBZ)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION science)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # LibTorch calls BLAS through libblas.so.3; without OpenBLAS it falls back to the reference BLAS,
    # several times slower. The reason is in the description so that users see it in their package manager.
    # The run history opens its SQLite file through Qt's QSQLITE plugin, which is loaded at run time: shlibdeps sees
    # libqt6sql6, not the plugin's package.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread | libblas3, libqt6sql6-sqlite")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-pthread, qt6-translations-l10n, fonts-noto-cjk")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "OptiBench measures how inference-optimization strategies (quantization,
TorchScript, freezing, native kernels, simplification) change the latency,
the jitter and the answers of a LibTorch model, with live charts, a
diagnosis of every failure and reports. It has a desktop workbench
(optibench) and a command-line tool (optibench-cli), in English and Chinese.

OpenBLAS (libopenblas0-pthread) is recommended: without it LibTorch uses the
reference BLAS, which makes the fp32 methods several times slower.")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
