# irkg_library(NAME module SOURCES ... DEPS ...): the library irkg::<module> for folder <module>/,
# with its public headers under <module>/include/irkg/<module-namespace>/.
function(irkg_library module)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  set(target irkg_${module})
  add_library(${target} STATIC ${ARG_SOURCES})
  add_library(irkg::${module} ALIAS ${target})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  irkg_target_settings(${target})
endfunction()

function(irkg_target_settings target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    # GCC 12 reports std::string concatenation at -O2 as overlapping memcpy (GCC bug 105329).
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
endfunction()
