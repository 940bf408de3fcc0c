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
