# cmake -DIRKG=PROGRAM -DOUTPUT_DIR=DIR -P IrkgGenerateDocs.cmake: writes the manual page irkg.1
# and the bash completion irkg.bash, which the program prints from its command table.
function(irkg_print file)
  execute_process(COMMAND ${IRKG} ${ARGN} OUTPUT_FILE ${OUTPUT_DIR}/${file}.tmp
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${IRKG} ${ARGN} failed: ${result}")
  endif()
  file(RENAME ${OUTPUT_DIR}/${file}.tmp ${OUTPUT_DIR}/${file})
endfunction()
irkg_print(irkg.1 man)
irkg_print(irkg.bash completion bash)
