package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// surfaceGrid is the number of grid points along each axis of a loss
// surface: the loss is evaluated surfaceGrid² times.
const surfaceGrid = 100

// surfaceLevels is the number of contour lines of a loss surface.
const surfaceLevels = 10

// Path is an optimisation path over two parameters: (W1[i], W2[i]) after
// step i (W1[0], W2[0] being the start), drawn as a line from a ring (the
// start) to a filled circle (the end). A path of one point is a point, a
// minimum for instance, drawn as a cross (plots.AddMarker draws one in black).
type Path struct {
	Name   string
	W1, W2 []float64
}

// LossSurface draws loss(w₁, w₂) over [w1min, w1max] × [w2min, w2max] as a
// heat map (dark blue where the loss is low, pale where it is high) with
// contour lines at evenly spaced levels and a colour bar labelled "loss"
// ("pérdida" under GOMLP_LANG=es) right of it, and each path on top (see Path). Use Surface for a function
// that is not a loss, LossSurfaceBar for a full-height bar.
//
// It panics if the rectangle is empty or not finite, loss is nil or not
// finite at a grid point, or a path is empty, mismatched or not finite.
func LossSurface(title string, loss func(w1, w2 float64) float64, w1min, w1max, w2min, w2max float64, paths ...Path) *plot.Plot {
	p, lo, hi := lossSurface("LossSurface", title, loss, w1min, w1max, w2min, w2max, paths)
	addBar(p, lo, hi, words().Loss)
	return p
}

// Surface is LossSurface for any function z(x₁, x₂): the axes are labelled
// x₁ and x₂, the colour bar zLabel (what z is, e.g. "ŷ"). It panics as
// LossSurface does.
func Surface(title, zLabel string, z func(x1, x2 float64) float64, x1min, x1max, x2min, x2max float64, paths ...Path) *plot.Plot {
	p, lo, hi := lossSurface("Surface", title, z, x1min, x1max, x2min, x2max, paths)
	p.X.Label.Text, p.Y.Label.Text = "x₁", "x₂"
	addBar(p, lo, hi, zLabel)
	return p
}

// addBar adds to a surface p whose values run from lo to hi its colour bar.
func addBar(p *plot.Plot, lo, hi float64, label string) {
	p.Add(&colorBar{lo: lo, hi: hi, color: surfaceColor(lo, hi), label: label})
}

// lossSurface is LossSurface without its colour bar, its panics naming
// fn; it also returns the lowest and the highest loss on the grid, the ends
// of the heat map's colour scale.
func lossSurface(fn, title string, loss func(w1, w2 float64) float64, w1min, w1max, w2min, w2max float64, paths []Path) (p *plot.Plot, lo, hi float64) {
	if loss == nil {
		fail(fn, nil, "nil function")
	}
	x1, x2, z := "w₁", "w₂", "the loss"
	if fn == "Surface" {
		x1, x2, z = "x₁", "x₂", "z"
	}
	checkRange(fn, x1+" range", w1min, w1max)
	checkRange(fn, x2+" range", w2min, w2max)
	s := &surface{w1min: w1min, w1max: w1max, w2min: w2min, w2max: w2max, z: make([]float64, surfaceGrid*surfaceGrid)}
	lo, hi = math.Inf(1), math.Inf(-1)
	for r := range surfaceGrid {
		for c := range surfaceGrid {
			v := loss(s.X(c), s.Y(r))
			checkValue(fn, fmt.Sprintf("%s at (%s, %s) = (%.3g, %.3g)", z, x1, x2, s.X(c), s.Y(r)), v)
			s.z[r*surfaceGrid+c] = v
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	p = newPlot(title, "w₁", "w₂")
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = w1min, w1max, w2min, w2max
	p.X.Padding, p.Y.Padding = 0, 0 // the heat map fills the frame
	h := surfaceHeatMap(s, lo, hi)
	h.Rasterized = true
	p.Add(noGlyphs{h})
	if hi > lo {
		levels := make([]float64, surfaceLevels)
		for i := range levels {
			levels[i] = lo + (hi-lo)*float64(i+1)/float64(surfaceLevels+1)
		}
		if c := newLevelLines(s, levels, draw.LineStyle{Color: color.Gray{Y: 90}, Width: vg.Length(0.75)}); c != nil {
			p.Add(c)
		}
	}
	addPaths(fn, p, paths)
	return p, lo, hi
}

// addPaths checks the paths and draws them in the path colours: first
// every line, then the start rings, then the end markers, so that no line
// hides a marker. Markers at the same point stay visible: the first path's
// are the largest. A path of a single point is a point (a minimum, say),
// drawn as a cross. The legend (when a path is named, or there are several)
// shows each path as drawn: its line and end marker, or its cross.
func addPaths(fn string, p *plot.Plot, paths []Path) {
	var lines, starts, ends []plot.Plotter
	type entry struct {
		name   string
		thumbs []plot.Thumbnailer
	}
	var legend []entry
	for i, path := range paths {
		if len(path.W1) == 0 || len(path.W1) != len(path.W2) {
			fail(fn, nil, "path %d %s has %d w₁ and %d w₂ values, want the same number > 0", i, quote(path.Name), len(path.W1), len(path.W2))
		}
		xys := make(plotter.XYs, len(path.W1))
		for j := range xys {
			xys[j].X, xys[j].Y = path.W1[j], path.W2[j]
			checkPoint(fn, fmt.Sprintf("path %d %s at step %d", i, quote(path.Name), j), xys[j].X, xys[j].Y)
		}
		col := pathColors[i%len(pathColors)]
		grow := 1.5 * vg.Length(len(paths)-1-i) // earlier paths' markers are larger
		end := newScatter(xys[len(xys)-1:])
		var thumbs []plot.Thumbnailer
		if len(xys) == 1 {
			end.GlyphStyle = draw.GlyphStyle{Color: col, Shape: cross, Radius: 2*markerRadius + grow}
			thumbs = []plot.Thumbnailer{end}
		} else {
			l := newLine(xys)
			l.Color, l.Width, l.Dashes = col, lineWidth, dashes[i%len(dashes)]
			start := newScatter(xys[:1])
			start.GlyphStyle = draw.GlyphStyle{Color: col, Shape: ring, Radius: markerRadius + 1 + grow}
			end.GlyphStyle = draw.GlyphStyle{Color: col, Shape: disc, Radius: markerRadius + grow}
			lines, starts = append(lines, l), append(starts, start)
			thumbs = []plot.Thumbnailer{l, end}
		}
		ends = append(ends, end)
		if len(paths) > 1 || path.Name != "" {
			name := path.Name
			if name == "" {
				name = fmt.Sprintf(words().Path, i)
			}
			legend = append(legend, entry{name, thumbs})
		}
	}
	p.Add(lines...)
	onTop(p, append(starts, ends...)...)
	for _, e := range legend {
		p.Legend.Add(e.name, e.thumbs...)
	}
	if len(legend) > 0 {
		legendRight(p)
	}
}

// pathColors are the colours of paths, chosen to stand out on the blue
// heat map: vermillion, orange, reddish purple, black.
var pathColors = []color.Color{Palette[1], Palette[4], Palette[3], Palette[7]}

// surface is a loss sampled on a grid, as a plotter.GridXYZ.
type surface struct {
	w1min, w1max, w2min, w2max float64
	z                          []float64 // z[r*surfaceGrid+c]
}

func (s *surface) Dims() (c, r int)   { return surfaceGrid, surfaceGrid }
func (s *surface) Z(c, r int) float64 { return s.z[r*surfaceGrid+c] }
func (s *surface) X(c int) float64 {
	return s.w1min + (s.w1max-s.w1min)*float64(c)/float64(surfaceGrid-1)
}
func (s *surface) Y(r int) float64 {
	return s.w2min + (s.w2max-s.w2min)*float64(r)/float64(surfaceGrid-1)
}

// surfaceHeatMap returns the heat map of g, whose values run from lo to hi.
// A constant surface (lo = hi) is drawn in one colour, the middle of the
// scale: gonum leaves every cell blank when its range is empty.
func surfaceHeatMap(g plotter.GridXYZ, lo, hi float64) *plotter.HeatMap {
	if lo == hi {
		h := plotter.NewHeatMap(g, flatPalette{})
		h.Min, h.Max = lo-1, hi+1
		return h
	}
	h := plotter.NewHeatMap(g, surfacePalette{})
	h.Min, h.Max = lo, hi
	return h
}

// flatPalette is the one colour of a constant surface: the middle of
// surfacePalette's scale.
type flatPalette struct{}

// Colors returns the one colour.
func (flatPalette) Colors() []color.Color {
	cs := surfacePalette{}.Colors()
	return cs[len(cs)/2 : len(cs)/2+1]
}

// surfaceColor returns the colour a surface whose values run from lo to hi
// gives value v, as its heat map does.
func surfaceColor(lo, hi float64) func(v float64) color.Color {
	if lo == hi {
		c := flatPalette{}.Colors()[0]
		return func(float64) color.Color { return c }
	}
	cs := surfacePalette{}.Colors()
	return func(v float64) color.Color {
		i := int((v-lo)*float64(len(cs)-1)/(hi-lo) + 0.5)
		return cs[min(max(i, 0), len(cs)-1)]
	}
}

// surfacePalette runs from the palette's blue (low loss) to near white
// (high loss) in 64 steps.
type surfacePalette struct{}

// Colors returns the 64 colours.
func (surfacePalette) Colors() []color.Color {
	const n = 64
	lo, hi := pale(Palette[0], 0.9), pale(Palette[5], 0.08)
	cs := make([]color.Color, n)
	for i := range cs {
		cs[i] = mix(lo, hi, math.Sqrt(float64(i)/(n-1)))
	}
	return cs
}
