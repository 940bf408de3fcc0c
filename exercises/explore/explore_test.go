package explore

import (
	"errors"
	"io"
	"os"
	"testing"
)

func capture(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	f()
	os.Stdout = old
	w.Close()
	b, _ := io.ReadAll(r)
	return string(b)
}

func TestRun(t *testing.T) {
	var ok bool
	out := capture(t, func() { ok = Run("threshold", func() error { panic("not implemented: Unit") }) })
	if ok || out != "✗ implement Unit in exercises/threshold/threshold.go, then run this notebook again\n" {
		t.Errorf("stub: ok %v, printed %q", ok, out)
	}
	for _, cell := range []func() error{
		func() error { return errors.New("bad shape") },
		func() error { var m map[int]int; m[1] = 1; return nil },
	} {
		func() {
			defer func() {
				if r := recover(); r == nil {
					t.Errorf("an error or a panic of the student's code was swallowed")
				}
			}()
			Run("gd", cell)
		}()
	}
	out = capture(t, func() { ok = Run("gd", func() error { return nil }) })
	if !ok || out != "" {
		t.Errorf("fine: ok %v, printed %q", ok, out)
	}
}

// TestRunSpanish: under GOMLP_LANG=es the stub's line and the error's
// panic are Spanish, and an unknown language panics naming the variable.
func TestRunSpanish(t *testing.T) {
	t.Setenv("GOMLP_LANG", "es")
	var ok bool
	out := capture(t, func() { ok = Run("threshold", func() error { panic("not implemented: Unit") }) })
	if ok || out != "✗ escribe la función Unit de tu paquete threshold y vuelve a ejecutar este cuaderno\n" {
		t.Errorf("stub: ok %v, printed %q", ok, out)
	}
	func() {
		defer func() {
			if r := recover(); r != "ejercicio gd: forma incorrecta" {
				t.Errorf("an error of the cell: panic %v, want \"ejercicio gd: forma incorrecta\"", r)
			}
		}()
		Run("gd", func() error { return errors.New("forma incorrecta") })
	}()
	t.Setenv("GOMLP_LANG", "fr")
	defer func() {
		if r, _ := recover().(string); r != `explore: GOMLP_LANG is "fr", want "en" or "es"` {
			t.Errorf("GOMLP_LANG=fr: panic %q", r)
		}
	}()
	Run("gd", func() error { return nil })
	t.Errorf("GOMLP_LANG=fr: no panic")
}
