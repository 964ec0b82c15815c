# One INTERFACE target that every ModelDesk target links: warnings and the
# Qt strictness defines (harmless for core, which never includes Qt).
add_library(modeldesk_warnings INTERFACE)
add_library(ModelDesk::warnings ALIAS modeldesk_warnings)

if(MSVC)
  target_compile_options(modeldesk_warnings INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(modeldesk_warnings INTERFACE -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  # GCC 12 and 13 report -Wrestrict inside libstdc++'s <string> when it
  # inlines at -O2 (GCC bugs 105329 and 105651): false positives a user's
  # release build should not print. Other compilers keep the warning.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 14)
    target_compile_options(modeldesk_warnings INTERFACE -Wno-restrict)
  endif()
endif()

# Warnings become errors for ModelDesk's own targets only (third-party code
# comes in as system headers), when MODELDESK_WERROR is on, as in CI.
if(MODELDESK_WERROR)
  target_compile_options(modeldesk_warnings INTERFACE $<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>)
endif()

target_compile_definitions(modeldesk_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
