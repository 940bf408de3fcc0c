package plots_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

// TestMain runs the tests in English whatever the caller's environment: the
// English goldens are the English notebooks' figures.
func TestMain(m *testing.M) {
	os.Unsetenv("GOMLP_LANG")
	os.Exit(m.Run())
}

// A Spanish notebook's first cell sets GOMLP_LANG to es; the words plots
// writes itself are then Spanish, while the code stays the same.
func Example_spanish() {
	os.Setenv("GOMLP_LANG", "es") // in a notebook: %env GOMLP_LANG es
	defer os.Unsetenv("GOMLP_LANG")
	p := plots.GradientNorms("Rapidez del aprendizaje", [][]float64{{0.01, 0.1}})
	fmt.Println(p.X.Label.Text)
	// Output: época
}

// The Spanish figures: every word plots writes itself, drawn under
// GOMLP_LANG=es, with Spanish titles and labels as a Spanish notebook
// passes them. Their goldens are testdata/*_es_golden.png.
var spanishFigures = []struct {
	name string
	draw func() plots.Figure
}{
	{"gradnorms_es", func() plots.Figure {
		var perEpoch [][]float64
		for e := range 30 {
			var norms []float64
			for l := range 4 {
				norms = append(norms, 0.5*math.Pow(4, float64(l-3))*(1+0.5*math.Exp(-0.2*float64(e))))
			}
			perEpoch = append(perEpoch, norms)
		}
		return plots.GradientNorms("Rapidez del aprendizaje por capa oculta", perEpoch)
	}},
	{"spread_es", func() plots.Figure {
		return plots.Spread("Exactitud de prueba en cinco semillas", "exactitud",
			plots.Group{Name: "B = 4", Values: []float64{0.93, 0.94, 0.91, 0.925, 0.92}},
			plots.Group{Name: "B = N", Values: []float64{0.93, 0.93, 0.92, 0.92, 0.91}})
	}},
	{"regression_es", func() plots.Figure {
		d := data.NoisyLine(40, 2, -1, 0.3, 1)
		return plots.Regression("Una recta con ruido y un ajuste", d.X, d.Y,
			plots.Curve{Name: "ajuste ŷ = 1.9x − 0.95", F: func(x float64) float64 { return 1.9*x - 0.95 }},
			plots.Curve{Name: "verdadera y = 2x − 1", F: func(x float64) float64 { return 2*x - 1 }})
	}},
	{"scatter_es", func() plots.Figure {
		X, labels := blobs(30, 0.6, [2]float64{0, 0}, [2]float64{3, 1}, [2]float64{1, 3})
		return plots.Scatter("Tres nubes, clases sin nombre", X, labels, nil)
	}},
	{"network_es", func() plots.Figure {
		W1 := mat.NewDense(2, 2, []float64{1, 1, -1, -1})
		W2 := mat.NewDense(1, 2, []float64{1, 1})
		return plots.NetworkDiagram("XOR con OR, NAND y AND", []mat.Matrix{W1, W2})
	}},
	{"weights_es", func() plots.Figure {
		X, _ := strokes(4)
		W := mat.NewDense(4, 784, nil)
		for i := range 4 {
			for j := range 784 {
				mean := (X.At(0, j) + X.At(1, j) + X.At(2, j) + X.At(3, j) - X.At(i, j)) / 3
				W.Set(i, j, X.At(i, j)-mean)
			}
		}
		return plots.WeightImages("Pesos de cuatro unidades ocultas", W, 4)
	}},
	{"surface_es", func() plots.Figure {
		return plots.LossSurface("Descenso por gradiente sobre una pérdida cuadrática", bowl,
			-3, 3, -2.5, 2, descend("", -2.5, 1.5, 0.1, 30), descend("", 2.5, -2, 0.45, 15))
	}},
}

func TestSpanishGoldens(t *testing.T) {
	t.Setenv("GOMLP_LANG", "es")
	for _, f := range spanishFigures {
		t.Run(f.name, func(t *testing.T) {
			cmpimg.CheckPlot(func() {
				fig := f.draw()
				save(f.name, fig)
			}, t, f.name+".png")
		})
	}
}

// TestEnglishExplicit: GOMLP_LANG=en draws exactly what an unset GOMLP_LANG
// draws, byte for byte (the English notebooks do not set it).
func TestEnglishExplicit(t *testing.T) {
	var imgs [2][]byte
	for i, lang := range []string{"", "en"} {
		t.Setenv("GOMLP_LANG", lang)
		imgs[i] = plots.PNG(spanishFigures[0].draw(), 0, 0)
	}
	if !bytes.Equal(imgs[0], imgs[1]) {
		t.Error("GOMLP_LANG=en and an unset GOMLP_LANG draw different figures")
	}
}

// TestLanguageWords reads back words two figures carry, in both languages,
// from their SVG text.
func TestLanguageWords(t *testing.T) {
	W1 := mat.NewDense(2, 2, []float64{1, 1, -1, -1})
	for _, tt := range []struct {
		lang  string
		words []string
	}{
		{"en", []string{"epoch", "hidden layer 1", "input (2)", "output (2)"}},
		{"es", []string{"época", "capa oculta 1", "entrada (2)", "salida (2)"}},
	} {
		t.Setenv("GOMLP_LANG", tt.lang)
		var svg []byte
		for _, draw := range []func() plots.Figure{
			func() plots.Figure { return plots.GradientNorms("t", [][]float64{{0.1, 0.2}}) },
			func() plots.Figure { return plots.NetworkDiagram("t", []mat.Matrix{W1}) },
		} {
			fig := draw()
			b := plots.SVG(fig, 0, 0)
			svg = append(svg, b...)
		}
		for _, w := range tt.words {
			if !bytes.Contains(svg, []byte(w)) {
				t.Errorf("GOMLP_LANG=%s: the figures do not say %q", tt.lang, w)
			}
		}
	}
}

// TestUnknownLanguage: a language the course does not have stops the
// figure with a message naming the variable and its value.
func TestUnknownLanguage(t *testing.T) {
	t.Setenv("GOMLP_LANG", "fr")
	defer func() {
		msg := fmt.Sprint(recover())
		if !strings.Contains(msg, `plots: GOMLP_LANG is "fr", want "en" or "es"`) {
			t.Errorf("panic %q, want one naming GOMLP_LANG and \"fr\"", msg)
		}
	}()
	plots.GradientNorms("t", [][]float64{{0.1}})
}
