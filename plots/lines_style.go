package plots

import (
	"cmp"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// LinesStyle is how DecisionLines draws its lines.
type LinesStyle struct {
	// Colors is Shaded (the default: pale to black), Ramp or Categorical.
	Colors LineColors
	// EndLabels writes each line's Name at its end instead of in the
	// legend: an epoch number beside each boundary, for instance.
	EndLabels bool
	// DropRepeats draws a line equal to the one before it (same w and b)
	// only once; with EndLabels its name joins the kept line's ("5, 6").
	DropRepeats bool
	// Under are drawn first, under the lines and the points: a Band, say.
	Under []plot.Plotter
}

// LineColors chooses the colours of DecisionLines.
type LineColors int

const (
	// Shaded draws the lines from pale grey (first) to black (last).
	Shaded LineColors = iota
	// Ramp draws ordered lines (epochs) along a colour ramp from light
	// green (first) through teal to dark purple (last).
	Ramp
	// Categorical draws lines that have no order (independent runs) in
	// distinct colours and dashes, none of them the colours of the classes;
	// when some lines are Dashed, the others are solid.
	Categorical
)

// ramp are the colours of the Ramp style (viridis, from 0.8 down to 0).
var ramp = []color.RGBA{
	{R: 0x7a, G: 0xd1, B: 0x51, A: 255},
	{R: 0x22, G: 0xa8, B: 0x84, A: 255},
	{R: 0x2a, G: 0x78, B: 0x8e, A: 255},
	{R: 0x41, G: 0x44, B: 0x87, A: 255},
	{R: 0x44, G: 0x01, B: 0x54, A: 255},
}

// lineColor returns the colour of line i of n.
func (s LinesStyle) lineColor(i, n int) color.Color {
	if s.Colors == Categorical {
		return Palette[2+i%(len(Palette)-3)] // green, purple, orange, sky blue, yellow
	}
	if n == 1 {
		return ramp[len(ramp)-1]
	}
	t := float64(i) / float64(n-1) * float64(len(ramp)-1)
	k := min(int(t), len(ramp)-2)
	return mix(ramp[k], ramp[k+1], t-float64(k))
}

// styledLines adds lines to p in a Ramp or Categorical style, then their
// end labels (over every line, under the points added later).
func styledLines(p *plot.Plot, lines []Line, s LinesStyle) {
	var kept []Line
	for _, l := range lines {
		last := len(kept) - 1
		if s.DropRepeats && last >= 0 && slices.Equal(kept[last].W, l.W) && kept[last].B == l.B {
			if s.EndLabels && l.Name != "" {
				kept[last].Name += ", " + l.Name
			}
			continue
		}
		kept = append(kept, l)
	}
	var labels, solid, dashed []plot.Plotter
	byFlag := slices.ContainsFunc(kept, func(l Line) bool { return l.Dashed })
	for i, l := range kept {
		sty := draw.LineStyle{Color: s.lineColor(i, len(kept)), Width: lineWidth}
		switch {
		case l.Dashed:
			sty.Dashes = dashes[1]
		case s.Colors == Categorical && !byFlag:
			sty.Dashes = dashes[i%len(dashes)]
		}
		b := &boundary{w1: l.W[0], w2: l.W[1], b: l.B, style: sty}
		if l.Dashed {
			dashed = append(dashed, b)
		} else {
			solid = append(solid, b)
		}
		switch {
		case s.EndLabels && l.Name != "":
			labels = append(labels, &endLabel{line: b, text: l.Name})
		case l.Name != "":
			p.Legend.Add(l.Name, b)
		}
	}
	p.Add(solid...)
	p.Add(dashed...) // over the solid lines: the gaps of the dashes show a line under it
	p.Add(labels...)
}

// endLabel writes a text at the end of a boundary line, inside the frame.
type endLabel struct {
	line *boundary
	text string
}

// Plot writes the text, boxed, at the right end of the line's visible
// part (the upper end, for a vertical line), moved back along the line
// so that it stays inside the frame.
func (e *endLabel) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	ends := visibleEnds(e.line, plt.X.Min, plt.X.Max, plt.Y.Min, plt.Y.Max)
	if ends == nil {
		return
	}
	end := vg.Point{X: trX(ends[1][0]), Y: trY(ends[1][1])}
	other := vg.Point{X: trX(ends[0][0]), Y: trY(ends[0][1])}
	u := vg.Point{X: other.X - end.X, Y: other.Y - end.Y}
	n := vg.Length(math.Hypot(float64(u.X), float64(u.Y)))
	sty := textStyle(labelSize, e.line.style.Color)
	back := min(8+sty.Width(e.text)/2, n/2)
	if n == 0 {
		return
	}
	boxedText(&c, sty, vg.Point{X: end.X + back*u.X/n, Y: end.Y + back*u.Y/n}, e.text)
}

// visibleEnds returns the two ends of the part of line l inside the
// rectangle, ordered by x (then y), or nil if the line misses it.
func visibleEnds(l *boundary, xmin, xmax, ymin, ymax float64) [][2]float64 {
	var pts [][2]float64
	const eps = 1e-9
	if l.w2 != 0 {
		for _, x := range []float64{xmin, xmax} {
			if y := -(l.b + l.w1*x) / l.w2; y >= ymin-eps && y <= ymax+eps {
				pts = append(pts, [2]float64{x, y})
			}
		}
	}
	if l.w1 != 0 {
		for _, y := range []float64{ymin, ymax} {
			if x := -(l.b + l.w2*y) / l.w1; x >= xmin-eps && x <= xmax+eps {
				pts = append(pts, [2]float64{x, y})
			}
		}
	}
	if len(pts) < 2 {
		return nil
	}
	slices.SortFunc(pts, func(a, b [2]float64) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(a[1], b[1])
	})
	return [][2]float64{pts[0], pts[len(pts)-1]}
}
