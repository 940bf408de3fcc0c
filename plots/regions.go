package plots

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// RegionGrid is the number of grid cells along each axis of a decision
// region plot: the predictor is evaluated at RegionGrid² points.
const RegionGrid = 200

// regionPad is the fraction of the data's span shown around the data in a
// decision region plot, so that the regions are seen beyond the points.
const regionPad = 0.15

// DecisionRegions plots what predictor m decides over the plane around the
// data X (N×2), with the data on top (labels and names as in Scatter).
//
// m is evaluated once, on a batch of RegionGrid×RegionGrid grid points. With
// K ≥ 2 outputs each point is coloured by its class, argmaxₖ ŷₖ, and the
// boundaries between classes are drawn. With K = 1 output the plot is a
// probability map from ŷ = 0 (pale blue) to ŷ = 1 (pale vermillion), values
// clamped to [0, 1], with the contour ŷ = 0.5 drawn: the decision boundary
// of a threshold unit, a perceptron or a sigmoid neuron.
//
// It panics for bad data (as Scatter), a nil predictor, or outputs that
// are not finite or not one row per grid point; a predictor that panics
// (a network with other than two inputs) panics through it.
func DecisionRegions(title string, m Predictor, X mat.Matrix, labels []int, names []string) *plot.Plot {
	const fn = "DecisionRegions"
	pts := newLabelled(fn, X, labels, names)
	if validate.Nil(m) {
		fail(fn, nil, "nil predictor")
	}
	x1min, x1max, x2min, x2max := pts.bounds()
	g := newGrid(x1min, x1max, x2min, x2max)
	g.setOutputs(fn, m.Predict(g.points()))
	p := newPlot(title, "x₁", "x₂")
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = g.x1min, g.x1max, g.x2min, g.x2max
	p.X.Padding, p.Y.Padding = 0, 0 // the regions fill the frame
	p.Add(plotter.NewImage(g.image(), g.x1min, g.x2min, g.x1max, g.x2max))
	for _, c := range g.boundaries() {
		p.Add(c)
	}
	var swatch func(k int) color.Color
	if _, k := g.out.Dims(); k == 1 {
		p.Add(&colorBar{lo: 0, hi: 1, color: func(v float64) color.Color { return probColor(v) }, label: "ŷ"})
	} else {
		swatch = func(k int) color.Color { return regionColor(k) }
	}
	pts.addTo(p, swatch)
	return p
}

// grid is a RegionGrid×RegionGrid grid of cells over a rectangle and the
// predictor's outputs at the cell centres.
type grid struct {
	x1min, x1max, x2min, x2max float64
	n                          int
	out                        *mat.Dense // out.At(r*n+c, k): output k at column c, row r
}

// newGrid returns a grid over the data bounds widened by regionPad.
func newGrid(x1min, x1max, x2min, x2max float64) *grid {
	widen := func(lo, hi float64) (float64, float64) {
		d := (hi - lo) * regionPad
		if d == 0 {
			d = 1
		}
		return lo - d, hi + d
	}
	g := &grid{n: RegionGrid}
	g.x1min, g.x1max = widen(x1min, x1max)
	g.x2min, g.x2max = widen(x2min, x2max)
	return g
}

// x1 and x2 return the coordinates of cell column c and row r.
func (g *grid) x1(c int) float64 { return g.x1min + (float64(c)+0.5)*(g.x1max-g.x1min)/float64(g.n) }
func (g *grid) x2(r int) float64 { return g.x2min + (float64(r)+0.5)*(g.x2max-g.x2min)/float64(g.n) }

// points returns the cell centres as one batch, row r*n+c for (c, r).
func (g *grid) points() *mat.Dense {
	P := mat.NewDense(g.n*g.n, 2, nil)
	for r := range g.n {
		for c := range g.n {
			P.Set(r*g.n+c, 0, g.x1(c))
			P.Set(r*g.n+c, 1, g.x2(r))
		}
	}
	return P
}

// setOutputs checks the predictor's outputs, panicking naming fn, and
// keeps them.
func (g *grid) setOutputs(fn string, out *mat.Dense) {
	if out == nil {
		fail(fn, nil, "the predictor returned no outputs (nil)")
	}
	rows, k := out.Dims()
	if rows != g.n*g.n || k == 0 {
		fail(fn, nil, "the predictor returned %s outputs for %d grid points, want %d×K", validate.Dims(rows, k), g.n*g.n, g.n*g.n)
	}
	if k > MaxClasses {
		fail(fn, ErrLimit, "the predictor returned K = %d outputs per point, want at most %d classes (plots.MaxClasses)", k, MaxClasses)
	}
	for i := range rows {
		for j := range k {
			checkValue(fn, fmt.Sprintf("predictor output %d at (%.3g, %.3g)", j, g.x1(i%g.n), g.x2(i/g.n)), out.At(i, j))
		}
	}
	g.out = out
}

// image colours each cell by its class (K ≥ 2) or its probability (K = 1).
func (g *grid) image() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, g.n, g.n))
	_, k := g.out.Dims()
	for r := range g.n {
		for c := range g.n {
			row := g.out.RawRowView(r*g.n + c)
			var col color.RGBA
			if k == 1 {
				col = probColor(row[0])
			} else {
				col = regionColor(argmax(row))
			}
			img.SetRGBA(c, g.n-1-r, col) // image row 0 is the top
		}
	}
	return img
}

// regionColor is the colour of the region of class k: its points' colour,
// paled.
func regionColor(k int) color.RGBA { return pale(Palette[k%len(Palette)], 0.35) }

// probColor is the colour of probability p (clamped to [0, 1]) in a
// probability map: pale blue at 0, white at 0.5, pale vermillion at 1.
func probColor(p float64) color.RGBA {
	low, high := pale(Palette[0], 0.35), pale(Palette[1], 0.35)
	white := color.RGBA{255, 255, 255, 255}
	p = min(max(p, 0), 1)
	if p < 0.5 {
		return mix(low, white, 2*p)
	}
	return mix(white, high, 2*p-1)
}

// boundaries returns the contour ŷ = 0.5 (K = 1), or for each class k the
// contour where ŷₖ equals the largest other output (K ≥ 2). One pass over
// the grid finds each cell's largest and second-largest output, so each
// class's margin costs O(1) per cell and the whole figure O(K) per cell;
// a class that wins no cell has no boundary and is skipped.
func (g *grid) boundaries() []*levelLines {
	_, k := g.out.Dims()
	style := draw.LineStyle{Color: color.Black, Width: vg.Length(1.5)}
	if k == 1 {
		c := newLevelLines(gridZ{g, func(_ int, row []float64) float64 { return row[0] }}, []float64{0.5}, style)
		if c == nil {
			return nil
		}
		return []*levelLines{c}
	}
	cells := g.n * g.n
	top := make([]int, cells)
	best, second := make([]float64, cells), make([]float64, cells)
	wins := make([]bool, k)
	for i := range cells {
		row := g.out.RawRowView(i)
		t := argmax(row)
		top[i], best[i], second[i] = t, row[t], math.Inf(-1)
		for j, v := range row {
			if j != t {
				second[i] = max(second[i], v)
			}
		}
		wins[t] = true
	}
	var cs []*levelLines
	for j := range k {
		if k == 2 && j == 1 {
			break // one boundary between two classes
		}
		if !wins[j] {
			continue
		}
		margin := func(i int, row []float64) float64 { // ŷⱼ − the largest other output
			if top[i] == j {
				return row[j] - second[i]
			}
			return row[j] - best[i]
		}
		if c := newLevelLines(gridZ{g, margin}, []float64{0}, style); c != nil {
			cs = append(cs, c)
		}
	}
	return cs
}

// gridZ shows one function of the outputs over the grid as a
// plotter.GridXYZ; z gets the cell's index (row r·n + c) and outputs.
type gridZ struct {
	g *grid
	z func(i int, row []float64) float64
}

func (z gridZ) Dims() (c, r int) { return z.g.n, z.g.n }
func (z gridZ) X(c int) float64  { return z.g.x1(c) }
func (z gridZ) Y(r int) float64  { return z.g.x2(r) }
func (z gridZ) Z(c, r int) float64 {
	i := r*z.g.n + c
	return z.z(i, z.g.out.RawRowView(i))
}

// argmax returns the index of the largest value (the first one on ties).
func argmax(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// mix returns the colour a fraction t of the way from a to b.
func mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x) + t*(float64(y)-float64(x)) + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}
