/*
 * Lexer for Dockerfiles, following the parser of BuildKit, the builder Docker itself uses
 * (https://docs.docker.com/reference/dockerfile/).
 *
 * How a Dockerfile is read:
 *  - Parser directives (# syntax=, # escape=, # check=) are read by DirectiveScanner before this
 *    lexer runs, because `escape` changes the lexing of the whole file.
 *  - EscapeMarker then replaces each escape character by an ASCII control code: U+0002 where it
 *    continues the line, U+0001 (backslash) or U+0003 (backtick) elsewhere. So the grammar needs no
 *    predicate to know which character is the escape, or whether a line continues. (ASCII, because
 *    ANTLR's lexer caches its decisions for code points below 128 only.)
 *  - DEFAULT_MODE is the start of a line between instructions: blank lines, comments and the
 *    first word of an instruction. DockerfileLexerBase gives that word its keyword type (any case;
 *    an unknown word is still an instruction, as in BuildKit) and enters FLAGS_MODE.
 *  - FLAGS_MODE reads `--flag=value` words, which every instruction may start with. At the first
 *    other word DockerfileLexerBase chooses the argument mode of the instruction: EXEC_MODE for a
 *    JSON array (when the rest of the line is one), TEXT_MODE for the rest of the line as one
 *    text, SPLIT_MODE for whitespace-separated words, KV_MODE for quote-aware key=value words,
 *    HEALTHCHECK_MODE for the HEALTHCHECK type, TRIGGER_MODE for the instruction after ONBUILD.
 *  - A line continuation (CONT) may occur inside any token: a token is a unit of the logical line,
 *    whatever physical lines it spans. Blank and comment lines after a continuation belong to it.
 *  - After the line break that ends a RUN, COPY or ADD with heredoc operators, HEREDOC_MODE reads
 *    the bodies line by line; DockerfileLexerBase marks each terminator line.
 */
lexer grammar DockerfileLexer;

options {
    superClass = DockerfileLexerBase;
}

@header {
import dev.berth.dockerfile.parser.DockerfileLexerBase;
}

channels {
    COMMENTS
}

tokens {
    FROM, RUN, CMD, LABEL, MAINTAINER, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR,
    ARG, ONBUILD, STOPSIGNAL, HEALTHCHECK, SHELL, UNKNOWN_INSTRUCTION,
    NEWLINE, FLAG_TERMINATOR, JSON_NESTED, HEREDOC_END
}

// ---- Start of a line between instructions ----------------------------------------------

LINE_WS             : BLANK+ -> channel(HIDDEN);
COMMENT             : '#' ~[\r\n]* -> channel(COMMENTS);
BLANK_LINE_END      : NL -> channel(HIDDEN);
/** A continuation with nothing after it at the end of the file is an instruction with an empty name, as in BuildKit. */
INSTRUCTION_NAME    : CONT* NAME_START (NAME_CHAR | CONT)* | CONT+;

// ---- Builder flags: --name[=value] -------------------------------------------------------

mode FLAGS_MODE;

FLAGS_WS            : (BLANK | CONT)+ -> channel(HIDDEN);
FLAGS_NEWLINE       : NL -> type(NEWLINE);
FLAG                : '-' CONT* '-' (FLAG_PLAIN | FLAG_ESCAPE | FLAG_DQ | FLAG_SQ | CONT)* (FLAG_DQ_OPEN | FLAG_SQ_OPEN | BACKSLASH)?;
FLAGS_UNEXPECTED    : . ;

// ---- A JSON array of strings: exec form ------------------------------------------------

mode EXEC_MODE;

EXEC_WS             : (BLANK | CONT)+ -> channel(HIDDEN);
EXEC_NEWLINE        : NL -> type(NEWLINE);
JSON_OPEN           : '[';
JSON_CLOSE          : ']';
JSON_COMMA          : ',';
JSON_STRING         : '"' (~["\\\r\n\u0001\u0002] | JSON_ESCAPE | CONT)* '"';
JSON_NUMBER         : [-0-9] ([-+.eE0-9] | CONT)*;
JSON_LITERAL        : [a-z] ([a-z] | CONT)*;
EXEC_UNEXPECTED     : . ;

// ---- The rest of the line as one text: shell form, USER, WORKDIR, ... ------------------

mode TEXT_MODE;

TEXT                : (~[\r\n\u0002] | CONT)+;
TEXT_NEWLINE        : NL -> type(NEWLINE);

// ---- Words split at [ \t\v\f]: FROM, EXPOSE, and ADD/COPY/VOLUME in shell form -----------

mode SPLIT_MODE;

SPLIT_WS            : ([ \t\u000B\f] | CONT)+ -> channel(HIDDEN);
SPLIT_NEWLINE       : NL -> type(NEWLINE);
WORD                : (~[ \t\u000B\f\r\n\u0002] | CONT)+;

// ---- Quote-aware words: ARG, ENV, LABEL -------------------------------------------------

mode KV_MODE;

KV_WS               : (BLANK | CONT)+ -> channel(HIDDEN);
KV_NEWLINE          : NL -> type(NEWLINE);
KV_WORD
    : (KV_PLAIN | KV_ESCAPE | KV_DQ | KV_SQ | CONT)+ (KV_DQ_OPEN | KV_SQ_OPEN | ESCAPE)?
    | KV_DQ_OPEN
    | KV_SQ_OPEN
    | ESCAPE
    ;

// ---- HEALTHCHECK: the type word (CMD, NONE) before the command -------------------------

mode HEALTHCHECK_MODE;

HEALTHCHECK_TYPE    : (~[ \t\u000B\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\r\n\u0002] | CONT)+;
HEALTHCHECK_NEWLINE : NL -> type(NEWLINE);

// ---- ONBUILD: the keyword of the trigger instruction -----------------------------------

mode TRIGGER_MODE;

TRIGGER_NAME        : (NAME_CHAR | CONT)+ -> type(INSTRUCTION_NAME);
TRIGGER_NEWLINE     : NL -> type(NEWLINE);

// ---- Heredoc bodies, one token per line ------------------------------------------------

mode HEREDOC_MODE;

HEREDOC_LINE        : ~[\r\n]* NL | ~[\r\n]+;

// ---- Fragments -------------------------------------------------------------------------

fragment NL         : '\r' '\n'? | '\n';

/** Unicode whitespace (Go's unicode.IsSpace) other than line breaks. */
fragment BLANK      : [ \t\u000B\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000];

/**
 * A line continuation: the escape character at the end of a line (marked U+0002), blanks after
 * it, the line break, and the blank and comment lines that BuildKit skips after it.
 */
fragment CONT       : '\u0002' [ \t]* NL? SKIPPED_LINE* SKIPPED_LAST_COMMENT?;
fragment SKIPPED_LINE : BLANK* ('#' ~[\r\n]*)? NL;
fragment SKIPPED_LAST_COMMENT : BLANK* '#' ~[\r\n]*;

/** An instruction keyword starts with anything but whitespace or '#' and ends at [ \t\v\f\r]. */
fragment NAME_START : ~[ \t\u000B\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\r\n#\u0002];
fragment NAME_CHAR  : ~[ \t\u000B\f\r\n\u0002];

/** In flags the escape is always a backslash, whatever the escape directive says. */
fragment BACKSLASH  : '\\' | '\u0001';
fragment FLAG_PLAIN : ~[ \t\u000B\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\r\n"'\\\u0001\u0002];
/** An escape and the character it protects; a lone escape can only end a token. */
fragment FLAG_ESCAPE : BACKSLASH ~[\r\n\u0002];
fragment FLAG_DQ    : '"' FLAG_DQ_CHAR* '"';
fragment FLAG_DQ_OPEN : '"' FLAG_DQ_CHAR* BACKSLASH?;
fragment FLAG_DQ_CHAR : ~["\\\r\n\u0001\u0002] | FLAG_ESCAPE | CONT;
fragment FLAG_SQ    : '\'' FLAG_SQ_CHAR* '\'';
fragment FLAG_SQ_OPEN : '\'' FLAG_SQ_CHAR* BACKSLASH?;
fragment FLAG_SQ_CHAR : ~['\\\r\n\u0001\u0002] | FLAG_ESCAPE | CONT;

/** JSON's escape is always a backslash. */
fragment JSON_ESCAPE : BACKSLASH ~[\r\n\u0002];

/** The Dockerfile escape character (backslash or backtick) where it does not end a line. */
fragment ESCAPE     : [\u0001\u0003];
fragment KV_PLAIN   : ~[ \t\u000B\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\r\n"'\u0001\u0002\u0003];
fragment KV_ESCAPE  : ESCAPE ~[\r\n\u0002];
fragment KV_DQ      : '"' KV_DQ_CHAR* '"';
fragment KV_DQ_OPEN : '"' KV_DQ_CHAR* ESCAPE?;
fragment KV_DQ_CHAR : ~["\r\n\u0001\u0002\u0003] | KV_ESCAPE | CONT;
fragment KV_SQ      : '\'' KV_SQ_CHAR* '\'';
fragment KV_SQ_OPEN : '\'' KV_SQ_CHAR*;
fragment KV_SQ_CHAR : ~['\r\n\u0002] | CONT;
