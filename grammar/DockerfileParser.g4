/*
 * Parser for Dockerfiles; tokens come from DockerfileLexer, whose modes already split each
 * instruction the way BuildKit does. Comments, directives and blank lines are on other channels.
 * No actions: ModelBuilder turns the tree into the typed model.
 */
parser grammar DockerfileParser;

options {
    tokenVocab = DockerfileLexer;
}

dockerfile
    : instructionLine* EOF
    ;

/** One instruction, the line break that ends it, and the bodies of its heredocs. */
instructionLine
    : instruction lineEnd heredoc*
    ;

lineEnd
    : NEWLINE
    | EOF
    ;

/** One heredoc body: its lines and its terminator, which is missing when the file ends first. */
heredoc
    : HEREDOC_LINE+ HEREDOC_END?
    | HEREDOC_END
    ;

instruction
    : fromInstruction
    | runInstruction
    | cmdInstruction
    | labelInstruction
    | maintainerInstruction
    | exposeInstruction
    | envInstruction
    | addInstruction
    | copyInstruction
    | entrypointInstruction
    | volumeInstruction
    | userInstruction
    | workdirInstruction
    | argInstruction
    | onbuildInstruction
    | stopsignalInstruction
    | healthcheckInstruction
    | shellInstruction
    | unknownInstruction
    ;

// FROM [--platform=...] image [AS name]
fromInstruction        : FROM flag* WORD*;
// RUN [--mount=...] command | ["exec", "form"]
runInstruction         : RUN flag* command?;
cmdInstruction         : CMD flag* command?;
entrypointInstruction  : ENTRYPOINT flag* command?;
shellInstruction       : SHELL flag* command?;
// HEALTHCHECK [options] CMD command | HEALTHCHECK NONE
healthcheckInstruction : HEALTHCHECK flag* (HEALTHCHECK_TYPE command?)?;
addInstruction         : ADD flag* fileList?;
copyInstruction        : COPY flag* fileList?;
volumeInstruction      : VOLUME flag* fileList?;
exposeInstruction      : EXPOSE flag* WORD*;
envInstruction         : ENV flag* KV_WORD*;
labelInstruction       : LABEL flag* KV_WORD*;
argInstruction         : ARG flag* KV_WORD*;
maintainerInstruction  : MAINTAINER flag* TEXT?;
userInstruction        : USER flag* TEXT?;
workdirInstruction     : WORKDIR flag* TEXT?;
stopsignalInstruction  : STOPSIGNAL flag* TEXT?;
// ONBUILD instruction
onbuildInstruction     : ONBUILD flag* instruction?;
// any other first word: BuildKit's parser accepts it, the build rejects it
unknownInstruction     : UNKNOWN_INSTRUCTION flag* TEXT?;

flag
    : FLAG
    | FLAG_TERMINATOR
    ;

command
    : execForm
    | TEXT
    ;

fileList
    : execForm
    | WORD+
    ;

/** A JSON array; JSON_NESTED is an array with arrays or objects inside, which BuildKit rejects. */
execForm
    : JSON_OPEN (jsonValue (JSON_COMMA jsonValue)*)? JSON_CLOSE
    | JSON_NESTED
    ;

jsonValue
    : JSON_STRING
    | JSON_NUMBER
    | JSON_LITERAL
    ;
