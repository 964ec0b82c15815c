# bench gguf_parse: header parse time against @huggingface/gguf (scripts/bench.sh).
add_executable(gguf_parse_bench ${CMAKE_CURRENT_LIST_DIR}/gguf_parse.cpp)
set_target_properties(gguf_parse_bench PROPERTIES OUTPUT_NAME gguf_parse)
target_link_libraries(gguf_parse_bench PRIVATE modeldesk_test_support)
add_dependencies(gguf_parse_bench modeldesk-cli)
