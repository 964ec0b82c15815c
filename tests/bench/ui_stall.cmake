# bench-ui-stall: the longest stall of the GUI thread's event loop while the
# real UI runs a 2 GiB merge and a create against the fake Ollama server.
if(MODELDESK_BUILD_GUI)
  add_executable(bench-ui-stall ${CMAKE_CURRENT_LIST_DIR}/ui_stall_bench.cpp)
  target_link_libraries(bench-ui-stall PRIVATE modeldesk_ui modeldesk_test_support Qt6::Test modeldesk_warnings)
endif()
