# Resolves GLOSSATOR_SYNTAX_HIGHLIGHTING (AUTO, ON, OFF) into GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING.

string(TOUPPER "${GLOSSATOR_SYNTAX_HIGHLIGHTING}" _glossator_sh_mode)
if(NOT _glossator_sh_mode MATCHES "^(AUTO|ON|OFF)$")
    message(FATAL_ERROR "GLOSSATOR_SYNTAX_HIGHLIGHTING must be AUTO, ON or OFF, not '${GLOSSATOR_SYNTAX_HIGHLIGHTING}'")
endif()

set(GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING OFF)
if(_glossator_sh_mode STREQUAL "ON")
    find_package(KF6SyntaxHighlighting REQUIRED)
    set(GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING ON)
elseif(_glossator_sh_mode STREQUAL "AUTO")
    find_package(KF6SyntaxHighlighting QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        set(GLOSSATOR_HAVE_SYNTAX_HIGHLIGHTING ON)
    else()
        message(STATUS "KF6SyntaxHighlighting not found: code blocks are shown in plain monospace")
    endif()
endif()
