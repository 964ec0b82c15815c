# One INTERFACE target that every ModelDesk target links: warnings and the
# Qt strictness defines (harmless for core, which never includes Qt).
add_library(modeldesk_warnings INTERFACE)
add_library(ModelDesk::warnings ALIAS modeldesk_warnings)

if(MSVC)
  target_compile_options(modeldesk_warnings INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(modeldesk_warnings INTERFACE -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
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
