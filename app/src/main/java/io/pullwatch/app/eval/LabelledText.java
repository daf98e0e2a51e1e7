package io.pullwatch.app.eval;

/**
 * One text of an evaluation corpus with its language and its gold label: a valence in [-1, 1] (VADER corpora), a
 * class -1/0/+1 (sanders), or a star rating (Allociné).
 */
public record LabelledText(String text, String language, double gold, Double rating) {}
