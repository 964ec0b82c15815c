# bench-merge: byte join against `cat`, the cost of the same-pass SHA-256,
# and the merge's peak memory.
add_executable(bench-merge ${CMAKE_CURRENT_LIST_DIR}/merge_bench.cpp)
target_link_libraries(bench-merge PRIVATE modeldesk_test_support)
target_compile_definitions(bench-merge PRIVATE MODELDESK_CLI_PATH="$<TARGET_FILE:modeldesk-cli>")
add_dependencies(bench-merge modeldesk-cli)
