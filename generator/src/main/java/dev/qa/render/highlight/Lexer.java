package dev.qa.render.highlight;

import java.util.List;

/** Cuts source code of one language into tokens that, joined, give back the code exactly. */
interface Lexer {
    List<Token> tokens(String code);
}
