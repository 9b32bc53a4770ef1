# Compiler options shared by every Glossator target.

if(GLOSSATOR_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
endif()

function(glossator_set_compiler_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(GLOSSATOR_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Glossator builds against Qt 6.4: warn about what was deprecated by then, not about what a
    # newer Qt deprecates in favour of calls that 6.4 does not have yet.
    target_compile_definitions(${target} PRIVATE
        QT_WARN_DEPRECATED_UP_TO=0x060400
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER)
endfunction()
