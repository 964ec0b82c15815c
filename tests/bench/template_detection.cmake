# bench-template-detection: Ollama's template detection over a 10 KB chat template.
add_executable(bench-template-detection ${CMAKE_CURRENT_LIST_DIR}/template_detection_bench.cpp)
target_link_libraries(bench-template-detection PRIVATE modeldesk_test_support)
