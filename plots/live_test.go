package plots_test

import (
	"bytes"
	"math"
	"testing"

	"gomlp.dev/plots"
	"gonum.org/v1/plot"
)

// TestLiveOutsideNotebook checks that a Live display works under go test:
// updates do nothing, Done renders the final figure and reports a nil one.
func TestLiveOutsideNotebook(t *testing.T) {
	live := plots.NewLive()
	var loss []float64
	for e := range 5 {
		loss = append(loss, math.Exp(-float64(e)))
		p, err := plots.Training("Loss", "epoch", "loss", plots.Series{Name: "train", Y: loss})
		if err != nil {
			t.Fatal(err)
		}
		if err := live.Update(p); err != nil {
			t.Fatalf("Update: got %v, want nil", err)
		}
	}
	p, _ := plots.Training("Loss", "epoch", "loss", plots.Series{Name: "train", Y: loss})
	if err := live.Done(p); err != nil {
		t.Errorf("Done: got %v, want nil", err)
	}
	var nilPlot *plot.Plot
	if err := live.Done(nilPlot); err == nil {
		t.Error("Done(nil plot): got nil error, want one")
	}
}

// TestShowOutsideNotebook checks that Show and ShowSVG render without a
// kernel and report a nil figure.
func TestShowOutsideNotebook(t *testing.T) {
	p, err := plots.Functions("tanh", -2, 2, plots.Curve{Name: "tanh", F: math.Tanh})
	if err != nil {
		t.Fatal(err)
	}
	if err := plots.Show(p); err != nil {
		t.Errorf("Show: got %v, want nil", err)
	}
	if err := plots.ShowSVG(p); err != nil {
		t.Errorf("ShowSVG: got %v, want nil", err)
	}
	var nilPanel *plots.Panel
	for _, f := range []plots.Figure{nil, nilPanel} {
		if err := plots.Show(f); err == nil {
			t.Errorf("Show(%#v): got nil error, want one", f)
		}
	}
}

// TestSVG checks that SVG output is an SVG document and deterministic.
func TestSVG(t *testing.T) {
	p, err := plots.Functions("tanh", -2, 2, plots.Curve{Name: "tanh", F: math.Tanh})
	if err != nil {
		t.Fatal(err)
	}
	a, err := plots.SVG(p, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := plots.SVG(p, 0, 0)
	if !bytes.Contains(a, []byte("<svg")) || !bytes.Equal(a, b) {
		t.Errorf("got %d and %d bytes, want two equal SVG documents", len(a), len(b))
	}
}
