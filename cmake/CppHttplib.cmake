# The cpp_httplib INTERFACE target (the fake servers of the tests and the
# fuzz corpus writer). Debian's cpp-httplib is a compiled library with no
# CMake config; match the features it was built with so the class layouts agree.
if(TARGET cpp_httplib)
  return()
endif()
find_path(HTTPLIB_INCLUDE_DIR httplib.h REQUIRED)
find_library(HTTPLIB_LIBRARY NAMES cpp-httplib REQUIRED)
add_library(cpp_httplib INTERFACE)
target_include_directories(cpp_httplib INTERFACE ${HTTPLIB_INCLUDE_DIR})
target_link_libraries(cpp_httplib INTERFACE ${HTTPLIB_LIBRARY} OpenSSL::SSL)
target_compile_definitions(cpp_httplib INTERFACE
  CPPHTTPLIB_OPENSSL_SUPPORT CPPHTTPLIB_ZLIB_SUPPORT CPPHTTPLIB_BROTLI_SUPPORT)
