# Debian 12 packages only; see scripts/setup.sh for the package names.
find_package(Boost 1.74 REQUIRED CONFIG COMPONENTS graph)
find_package(SQLiteCpp CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)

# Debian's RapidJSON 1.1.0 config only sets RAPIDJSON_INCLUDE_DIRS: wrap it in an imported target.
find_package(RapidJSON CONFIG REQUIRED)
if(NOT TARGET irkg_rapidjson)
  add_library(irkg_rapidjson INTERFACE IMPORTED)
  target_include_directories(irkg_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
  target_compile_definitions(irkg_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
  # SSE2 is part of every x86-64 processor: RapidJSON then scans strings and white space 16
  # bytes at a time.
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    target_compile_definitions(irkg_rapidjson INTERFACE RAPIDJSON_SSE2=1)
  endif()
endif()

if(IRKG_BUILD_TESTS)
  find_package(doctest CONFIG REQUIRED)
endif()
