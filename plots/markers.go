package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// marker is a glyph drawn over a white rim, so that a point stays visible
// on lines, regions and points of other colours; its open shapes are drawn
// with strokes of markerStroke (gonum's are 0.5 points, hard to see).
type marker int

const (
	disc     marker = iota // filled circle
	pyramid                // filled triangle
	box                    // filled square
	cross                  // ×
	plus                   // +
	ring                   // open circle
	triangle               // open triangle
	square                 // open square
)

const (
	// rim is the width of the white edge around a marker.
	rim = vg.Length(0.8)
	// markerStroke is the line width of the open markers.
	markerStroke = vg.Length(1.5)
)

// DrawGlyph draws the marker at pt: its shape in white, a rim larger, then
// in sty's colour.
func (m marker) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	white := sty
	white.Color = color.White
	switch m {
	case disc, pyramid, box:
		g := []draw.GlyphDrawer{draw.CircleGlyph{}, draw.PyramidGlyph{}, draw.BoxGlyph{}}[m]
		white.Radius += rim
		g.DrawGlyph(c, white, pt)
		g.DrawGlyph(c, sty, pt)
		return
	}
	paths := m.paths(sty.Radius, pt)
	for _, s := range []draw.LineStyle{{Color: color.White, Width: markerStroke + 2*rim}, {Color: sty.Color, Width: markerStroke}} {
		c.SetLineStyle(s)
		for _, p := range paths {
			c.Stroke(p)
		}
	}
}

// paths returns the strokes of an open marker of radius r at pt.
func (m marker) paths(r vg.Length, pt vg.Point) []vg.Path {
	line := func(a, b vg.Point) vg.Path {
		var p vg.Path
		p.Move(a)
		p.Line(b)
		return p
	}
	polygon := func(pts ...vg.Point) vg.Path {
		var p vg.Path
		p.Move(pts[0])
		for _, q := range pts[1:] {
			p.Line(q)
		}
		p.Close()
		return p
	}
	at := func(dx, dy vg.Length) vg.Point { return vg.Point{X: pt.X + dx, Y: pt.Y + dy} }
	switch m {
	case cross:
		d := r * vg.Length(math.Sqrt2/2)
		return []vg.Path{line(at(-d, -d), at(d, d)), line(at(-d, d), at(d, -d))}
	case plus:
		return []vg.Path{line(at(-r, 0), at(r, 0)), line(at(0, -r), at(0, r))}
	case ring:
		var p vg.Path
		p.Move(at(r, 0))
		p.Arc(pt, r, 0, 2*math.Pi)
		p.Close()
		return []vg.Path{p}
	case triangle: // as gonum's PyramidGlyph, centred on pt
		t := r + (r-r/2)/2
		s, h := t*vg.Length(math.Sqrt(3)/2), t/2
		return []vg.Path{polygon(at(0, t), at(-s, -h), at(s, -h))}
	default: // square
		d := r * 0.9
		return []vg.Path{polygon(at(-d, -d), at(d, -d), at(d, d), at(-d, d))}
	}
}
