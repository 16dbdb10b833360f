package dev.berth.dockerfile.model;

import java.util.Optional;

/** One name of an ARG instruction, with its default value when it has one ({@code name=value}). */
public record ArgDeclaration(Word word, Word name, Optional<Word> defaultValue) {}
