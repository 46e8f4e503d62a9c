package org.parley.model;

/**
 * CAMEO root-code facts used for comparison with GDELT and ICEWS: the Goldstein-style weight of each
 * root (after Goldstein 1992, as tabulated for CAMEO) and the conventional CAMEO quad class.
 */
public final class Cameo {
    private static final double[] GOLDSTEIN = {
        0.0, // 01 make public statement
        3.0, // 02 appeal
        4.0, // 03 express intent to cooperate
        1.0, // 04 consult
        3.5, // 05 engage in diplomatic cooperation
        6.0, // 06 engage in material cooperation
        7.0, // 07 provide aid
        5.0, // 08 yield
        -2.0, // 09 investigate
        -5.0, // 10 demand
        -2.0, // 11 disapprove
        -4.0, // 12 reject
        -6.0, // 13 threaten
        -6.5, // 14 protest
        -7.2, // 15 exhibit force posture
        -4.0, // 16 reduce relations
        -7.0, // 17 coerce
        -9.0, // 18 assault
        -10.0, // 19 fight
        -10.0, // 20 use unconventional mass violence
    };

    private Cameo() {
    }

    private static int root(String cameoRoot) {
        int r;
        try {
            r = Integer.parseInt(cameoRoot);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CAMEO root code: " + cameoRoot);
        }
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("not a CAMEO root code: " + cameoRoot);
        }
        return r;
    }

    public static boolean isRoot(String code) {
        try {
            root(code);
            return code.length() == 2;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static double goldstein(String cameoRoot) {
        return GOLDSTEIN[root(cameoRoot) - 1];
    }

    /**
     * Conventional CAMEO quad class of a root: 0 for public statements and appeals (01–02), 1 verbal
     * cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13, and 16 reduce
     * relations), 4 material conflict (14, 15, 17–20).
     */
    public static int quadClass(String cameoRoot) {
        int r = root(cameoRoot);
        if (r <= 2) {
            return 0;
        }
        if (r <= 5) {
            return 1;
        }
        if (r <= 8) {
            return 2;
        }
        if (r <= 13 || r == 16) {
            return 3;
        }
        return 4;
    }
}
