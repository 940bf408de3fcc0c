package lab

import (
	"errors"
	"testing"
)

func TestSweepSeeds(t *testing.T) {
	xs, s, err := SweepSeeds(4, func(seed uint64) (float64, error) { return float64(seed * seed), nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{1, 4, 9, 16}
	for i := range want {
		if xs[i] != want[i] {
			t.Fatalf("SweepSeeds measurements = %v, want %v", xs, want)
		}
	}
	if s.N != 4 || s.Median != 6.5 || s.Min != 1 || s.Max != 16 {
		t.Errorf("summary = %+v, want median 6.5, range 1–16 over 4", s)
	}
	bad := errors.New("no data")
	_, _, err = SweepSeeds(3, func(seed uint64) (float64, error) {
		if seed == 2 {
			return 0, bad
		}
		return 1, nil
	})
	if !errors.Is(err, bad) {
		t.Errorf("error of seed 2: got %v, want one wrapping %v", err, bad)
	}
	wantPanic(t, "0 seeds", func() { SweepSeeds(0, nil) }, "lab: ", "SweepSeeds over 0 seeds")
}
