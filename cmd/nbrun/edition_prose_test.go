package main

import "testing"

// TestProseNumbersSpanish: the Spanish edition's references are exempt
// from the prose-number rule as the English ones are ("cuaderno 13",
// "capítulo 5", "cuadernos 04, 05 y 12"), and its other numbers are not.
func TestProseNumbersSpanish(t *testing.T) {
	cases := []struct {
		md   string
		want int // numbers the rule checks
	}{
		{"el cuaderno 13, los cuadernos 04, 05 y 12–15, la ERRATA 6, Pruébalo 2, la respuesta 12", 0},
		{"el capítulo 5 de Nielsen, cap. 3, la sección 12.4, los pasos 2.1 y 2.2, la figura 14", 0},
		{"una exactitud de 0.685 frente a 0.465 tras 20 épocas", 3},
		{"entre 60 000 imágenes y 12 clases", 2},
	}
	for _, c := range cases {
		if got := proseNumbers(c.md); len(got) != c.want {
			t.Errorf("proseNumbers(%q) found %d numbers %v, want %d", c.md, len(got), got, c.want)
		}
	}
}
