# Debian 12 packages only; see scripts/setup.sh for the package names.
find_package(Boost 1.74 REQUIRED CONFIG COMPONENTS graph)
find_package(SQLiteCpp CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(ZLIB REQUIRED)
# Intel's ISA-L inflates gzip several times faster than zlib; zlib stands in where it is absent
# or IRKG_USE_ISAL is OFF.
option(IRKG_USE_ISAL "Inflate gzip input with ISA-L when it is installed" ON)
if(IRKG_USE_ISAL)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(ISAL IMPORTED_TARGET libisal)
endif()
# The irkg program allocates with jemalloc when it is installed: extraction makes many small,
# short-lived allocations, and with several threads glibc's malloc spends a fifth of the time on
# them (docs/BENCHMARKS.md). The libraries leave the choice of allocator to their users.
option(IRKG_USE_JEMALLOC "Link the irkg program with jemalloc when it is installed" ON)
if(IRKG_USE_JEMALLOC)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
endif()
find_package(Threads REQUIRED)

# Debian's RapidJSON 1.1.0 config only sets RAPIDJSON_INCLUDE_DIRS: wrap it in an imported target.
find_package(RapidJSON CONFIG REQUIRED)
if(NOT TARGET irkg_rapidjson)
  add_library(irkg_rapidjson INTERFACE IMPORTED)
  target_include_directories(irkg_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
  target_compile_definitions(irkg_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
endif()

# irkg_rapidjson_sources(FILE...): the sources that include RapidJSON. Clang's undefined-behaviour
# sanitizer reports RapidJSON 1.1.0's internal::Stack, which adds to its still-null pointer before
# its first allocation ("applying non-zero offset to null pointer", on every parse and every
# Writer); the comparison it feeds is correct on every platform irkg builds for, later RapidJSON
# releases rewrote it, Debian 12 ships 1.1.0. Those files alone are built without that one check,
# so that the sanitizer presets still abort on everything else in them and in the rest of irkg.
function(irkg_rapidjson_sources)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    set_source_files_properties(${ARGN} DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
                                PROPERTIES COMPILE_OPTIONS -fno-sanitize=pointer-overflow)
  endif()
endfunction()

if(IRKG_BUILD_TESTS)
  find_package(doctest CONFIG REQUIRED)
endif()
