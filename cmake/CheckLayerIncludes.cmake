cmake_minimum_required(VERSION 3.22)
# Fails when a source of one layer includes a header of a layer it may not depend on.
# Run at build time (src/CMakeLists.txt) with:
#   -DLAYER=<folder> -DALLOWED=<folder;folder…> -DSOURCE_DIR=<src> -DSTAMP=<file>
# Includes are written "layer/file.h" from src/, so the first path part names the layer.
file(GLOB _files "${SOURCE_DIR}/${LAYER}/*.cpp" "${SOURCE_DIR}/${LAYER}/*.h")
set(_bad "")
foreach(_file IN LISTS _files)
  file(STRINGS "${_file}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z_]+/")
  foreach(_line IN LISTS _lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([a-z_]+)/.*$" "\\1" _target "${_line}")
    if(NOT _target STREQUAL LAYER AND NOT _target IN_LIST ALLOWED)
      file(RELATIVE_PATH _rel "${SOURCE_DIR}" "${_file}")
      string(APPEND _bad "\n  ${_rel}: ${_line}")
    endif()
  endforeach()
endforeach()
if(_bad)
  string(REPLACE ";" ", " _allowed "${ALLOWED}")
  message(FATAL_ERROR "src/${LAYER}/ may include only ${LAYER}/ and ${_allowed}/ (the layer "
                      "table in docs/ARCHITECTURE.md); these include across the layers:${_bad}")
endif()
file(WRITE "${STAMP}" "ok\n")
