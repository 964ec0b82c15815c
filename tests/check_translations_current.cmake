# Fails when a tr() string in the sources is missing from the zh_CN catalogue:
# runs lupdate over the sources into a copy of the .ts and counts entries
# that come out unfinished.
file(COPY ${SOURCE_DIR}/resources/translations/modeldesk_zh_CN.ts DESTINATION ${WORK_DIR})
execute_process(
  COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR} -extensions cpp,h
          ${SOURCE_DIR}/ui ${SOURCE_DIR}/app/gui -ts ${WORK_DIR}/modeldesk_zh_CN.ts
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(STRINGS ${WORK_DIR}/modeldesk_zh_CN.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
  message(FATAL_ERROR "${count} user-visible strings have no zh_CN translation. "
                      "Run scripts/update-translations.sh and translate them.")
endif()
message(STATUS "every tr() string has a zh_CN translation")
