# SPDX-License-Identifier: MIT
# Project-wide compiler settings, applied per target with optibench_target_defaults().

function(optibench_target_defaults target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(OPTIBENCH_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
        # Debian's LibTorch loads Qt 5 (libtorch -> libopencv_highgui -> libQt5Widgets). An inline Qt 6 function that
        # an unoptimized build emits out of line would be exported by our executable and bound by Qt 5's calls of the
        # same name (seen under ASan: QByteArray::append(const char*) called from Qt 5's static initializers).
        target_compile_options(${target} PRIVATE -fvisibility-inlines-hidden)
        if(OPTIBENCH_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# Qt code: strict string handling so that an untranslated string fails to compile.
function(optibench_qt_defaults target)
    optibench_target_defaults(${target})
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY)
endfunction()

# LibTorch code: warnings from torch's own headers are not ours.
function(optibench_torch_defaults target)
    optibench_target_defaults(${target})
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
    get_target_property(_inc torch INTERFACE_INCLUDE_DIRECTORIES)
    if(_inc)
        target_include_directories(${target} SYSTEM PRIVATE ${_inc})
    endif()
endfunction()
