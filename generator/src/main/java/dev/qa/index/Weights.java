package dev.qa.index;

/**
 * How much one occurrence of a term counts, by where it stands. A title match should outrank a page
 * that merely mentions the word a few times, so the title weighs ten body words.
 */
final class Weights {
    static final float TITLE = 10;
    static final float TAG = 6;
    static final float HEADING = 5;
    static final float CODE = 1.5f;
    static final float TEXT = 1;

    // BM25 saturation: a large k1 keeps the gap between title and body matches after saturation.
    static final float K1 = 4;
    // Mild length normalisation: long answers are long because the question is broad, not because they are padded.
    static final float B = 0.3f;
    static final int MAX_IMPACT = 63;

    private Weights() {
    }

    /**
     * The average page length the weights are normalised by: the real average rounded to one of sixteen
     * steps per doubling (about 4 % apart). One edit rarely moves it to another step, so a warm JVM that
     * updates the index page by page keeps every other page's postings and still writes exactly what a
     * build from scratch writes; when the step does change, it indexes every page again.
     */
    static float pivot(float averageLength) {
        if (!(averageLength > 1)) {
            return 1;
        }
        float step = Math.scalb(1f, Math.getExponent(averageLength) - 4);
        return Math.round(averageLength / step) * step;
    }

    /** A term's weighted count in a page, saturated and scaled to 1..63 (one character in the index). */
    static int impact(float weightedCount, float pageLength, float averageLength) {
        float norm = K1 * (1 - B + B * pageLength / Math.max(1, averageLength));
        float saturated = weightedCount * (K1 + 1) / (weightedCount + norm) / (K1 + 1);
        return Math.max(1, Math.min(MAX_IMPACT, Math.round(saturated * MAX_IMPACT)));
    }
}
