# SPDX-License-Identifier: MIT
# The `layering_detects` test: proves cmake/CheckLayering.cmake fails, and says why, on a tree that breaks the layering.
#
#   cmake -DCHECK=<CheckLayering.cmake> -DFIXTURE=<fixture root> -DWORK_DIR=<scratch dir> -P expect_violations.cmake
#
# 1. The fixture as it is: exactly its one violation (core includes a chart header).
# 2. The fixture with that include removed: no violation (the allowed includes it holds are not reported).
# 3. Copies of the clean fixture with one more break each: each rule reports exactly that break.
cmake_minimum_required(VERSION 3.22)
foreach(var CHECK FIXTURE WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "expect_violations: pass -D${var}=...")
    endif()
endforeach()

set(failures 0)

# Runs the check on `root`; expects `expected` violations, each matching one of the regexes that follow.
function(expect_check name root expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${root} -P ${CHECK}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(all "${out}${err}")
    set(ok TRUE)
    if(expected EQUAL 0)
        if(NOT rc EQUAL 0)
            set(ok FALSE)
        endif()
    else()
        if(rc EQUAL 0 OR NOT all MATCHES "CheckLayering: ${expected} layering violation\\(s\\)")
            set(ok FALSE)
        endif()
        foreach(pattern IN LISTS ARGN)
            if(NOT all MATCHES "${pattern}")
                message("  ${name}: no line matches: ${pattern}")
                set(ok FALSE)
            endif()
        endforeach()
    endif()
    if(ok)
        message("PASS ${name}")
    else()
        message("FAIL ${name} (exit ${rc}, expected ${expected} violation(s)):\n${all}")
        math(EXPR n "${failures} + 1")
        set(failures ${n} PARENT_SCOPE)
    endif()
endfunction()

# A fresh copy of the clean fixture in WORK_DIR/<name>.
function(clean_copy name out)
    set(dir "${WORK_DIR}/${name}")
    file(REMOVE_RECURSE "${dir}")
    file(COPY "${FIXTURE}/src" DESTINATION "${dir}")
    file(READ "${dir}/src/core/stats/mean.cpp" text)
    string(REPLACE "#include \"charts/bar.h\"\n" "" text "${text}")
    file(WRITE "${dir}/src/core/stats/mean.cpp" "${text}")
    set(${out} "${dir}" PARENT_SCOPE)
endfunction()

expect_check(fixture "${FIXTURE}" 1
    "src/core/stats/mean\\.cpp:5: core includes \"charts/bar\\.h\" from charts")

clean_copy(clean dir)
expect_check(clean "${dir}" 0)

clean_copy(engine_internals dir)
file(APPEND "${dir}/src/app/mainwindow.cpp" "#include \"runtime/strategy.h\"\n")
expect_check(engine_internals "${dir}" 1
    "src/app/mainwindow\\.cpp:7: app includes \"runtime/strategy\\.h\" from engine internals")

clean_copy(interface_internals dir)
file(APPEND "${dir}/src/engine/include/optibench/engine/types.h" "#include \"runtime/strategy.h\"\n")
expect_check(interface_internals "${dir}" 1
    "types\\.h:2: engine_interface includes \"runtime/strategy\\.h\" from engine internals")

clean_copy(torch_outside_engine dir)
file(APPEND "${dir}/src/charts/bar.cpp" "#include <c10/util/Half.h>\n")
expect_check(torch_outside_engine "${dir}" 1 "src/charts/bar\\.cpp:4: charts includes LibTorch header <c10/util/Half\\.h>")

clean_copy(qt_in_engine dir)
file(APPEND "${dir}/src/engine/runtime/strategy.cpp" "#include <QtCore/QString>\n")
expect_check(qt_in_engine "${dir}" 1 "strategy\\.cpp:4: engine includes Qt header <QtCore/QString>")

clean_copy(angle_include dir)
file(APPEND "${dir}/src/charts/bar.cpp" "#include <app/models/model.h>\n")
expect_check(angle_include "${dir}" 1 "src/charts/bar\\.cpp:4: charts includes \"app/models/model\\.h\" from app")

clean_copy(unresolved dir)
file(APPEND "${dir}/src/core/stats/mean.h" "#include \"stats/median.h\"\n")
expect_check(unresolved "${dir}" 1 "mean\\.h:4: core includes \"stats/median\\.h\", which no include root holds")

clean_copy(link_upward dir)
file(APPEND "${dir}/src/charts/CMakeLists.txt" "target_link_libraries(optibench_charts PRIVATE optibench_app)\n")
expect_check(link_upward "${dir}" 1 "src/charts/CMakeLists\\.txt: optibench_charts \\(charts\\) links optibench_app of app")

clean_copy(unknown_part dir)
file(WRITE "${dir}/src/store/store.cpp" "int store() { return 0; }\n")
expect_check(unknown_part "${dir}" 1 "src/store/store\\.cpp: not in a known part")

if(failures GREATER 0)
    message(FATAL_ERROR "expect_violations: ${failures} case(s) failed")
endif()
