package lang

import (
	"slices"
	"testing"
)

func TestCurrent(t *testing.T) {
	for _, c := range []struct{ env, want string }{{"", "en"}, {"en", "en"}, {"es", "es"}} {
		t.Setenv(Env, c.env)
		if got := Current("x"); got != c.want {
			t.Errorf("GOMLP_LANG=%q: Current = %q, want %q", c.env, got, c.want)
		}
	}
	for _, bad := range []string{"fr", "ES", " es"} {
		t.Setenv(Env, bad)
		func() {
			defer func() {
				want := `plots: GOMLP_LANG is "` + bad + `", want "en" or "es"`
				if r, _ := recover().(string); r != want {
					t.Errorf("GOMLP_LANG=%q: panic %q, want %q", bad, r, want)
				}
			}()
			Current("plots")
			t.Errorf("GOMLP_LANG=%q: no panic", bad)
		}()
	}
}

func TestVerbs(t *testing.T) {
	got := Verbs("median %s (range %s–%s over %d seeds), %.3g, 100%%, %-8v")
	want := []string{"%s", "%s", "%s", "%d", "%.3g", "%%", "%-8v"}
	if !slices.Equal(got, want) {
		t.Errorf("Verbs = %q, want %q", got, want)
	}
}

// TestCheckWords: a missing edition, an empty word and a word whose verbs
// differ from the English one's are each named; a good vocabulary passes.
func TestCheckWords(t *testing.T) {
	type words struct{ Title, Count string }
	good := map[string]*words{"en": {"Loss", "%d of %d"}, "es": {"Pérdida", "%d de %d"}}
	if p := CheckWords(good); len(p) > 0 {
		t.Errorf("a good vocabulary: %q", p)
	}
	bad := map[string]*words{"en": {"Loss", "%d of %d"}, "es": {"", "%d de %.2f"}}
	want := []string{`es: Title has no word`,
		`es: Count is "%d de %.2f" with verbs ["%d" "%.2f"], English "%d of %d" has ["%d" "%d"]`}
	if p := CheckWords(bad); !slices.Equal(p, want) {
		t.Errorf("a bad vocabulary:\n got %q\nwant %q", p, want)
	}
	if p := CheckWords(map[string]*words{"en": {"Loss", "%d"}}); !slices.Equal(p, []string{`no vocabulary for "es"`}) {
		t.Errorf("a missing edition: %q", p)
	}
}
