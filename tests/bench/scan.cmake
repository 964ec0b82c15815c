# bench-scan: cold scan and rescan-from-index over many small GGUF files.
add_executable(bench-scan ${CMAKE_CURRENT_LIST_DIR}/scan_bench.cpp)
target_link_libraries(bench-scan PRIVATE modeldesk_test_support)
