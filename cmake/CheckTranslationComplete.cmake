# ctest i18n.translation_complete: runs lupdate over all of src/ into a copy of the
# translation and fails when a message is unfinished, which is also how a new or changed
# source string shows up. The shipped .ts is never touched.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<src> -DTS_FILE=<.ts> -DWORK_DIR=<dir>
#         -P CheckTranslationComplete.cmake
foreach(var LUPDATE SOURCE_DIR TS_FILE WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckTranslationComplete: ${var} is not set")
  endif()
endforeach()

get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
  COMMAND "${LUPDATE}" -no-obsolete -locations none -silent "${SOURCE_DIR}" -ts "${copy}"
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()

file(READ "${copy}" ts)
string(REGEX MATCHALL
  "<source>[^<]*</source>[^<]*(<(comment|extracomment)>[^<]*</(comment|extracomment)>[^<]*)*<translation type=\"unfinished\""
  unfinished "${ts}")
string(REGEX MATCHALL "type=\"unfinished\"" marks "${ts}")
list(LENGTH marks count)
if(count GREATER 0)
  set(list "")
  foreach(m IN LISTS unfinished)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${m}")
    string(APPEND list "  ${source}\n")
  endforeach()
  message(FATAL_ERROR
    "${count} message(s) of src/ have no Chinese translation in ${TS_FILE}:\n${list}"
    "Run 'cmake --build build --target worksmap_core_lupdate' and translate them "
    "(Qt Linguist, or edit the .ts).")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "all ${total} messages of src/ are translated")
