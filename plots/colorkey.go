package plots

import (
	"image"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// colorBar is a plotter that draws, right of the data area and left of the
// legend, a vertical bar of the colours a heat map gives its values, from lo
// (bottom) to hi (top), with NiceTicks' labels and a label naming what the
// colours stand for: every heat map and surface of plots carries one.
type colorBar struct {
	lo, hi float64
	color  func(v float64) color.Color // the colour of value v in [lo, hi]
	label  string
}

const (
	barGap    = vg.Length(10) // from the data area to the bar
	barThick  = vg.Length(10) // the bar's width
	barTick   = vg.Length(4)  // a tick's length
	barSteps  = 256           // colours drawn along the bar
	barLegend = vg.Length(8)  // from the bar's label to the legend
)

// ticks returns the bar's ticks: NiceTicks', and a label at each end (the
// lowest and the highest value, to the ticks' precision) unless a label is
// within three quarters of a step of it; or one tick at the value of a
// constant surface.
func (b *colorBar) ticks() []plot.Tick {
	if b.lo == b.hi {
		return []plot.Tick{{Value: b.lo, Label: minus(strconv.FormatFloat(b.lo, 'g', 4, 64))}}
	}
	ticks := NiceTicks{}.Ticks(b.lo, b.hi)
	step, e := niceStep(b.lo, b.hi)
	exp := e < -4 || math.Max(math.Abs(b.lo), math.Abs(b.hi)) >= 1e6
	for _, end := range []float64{b.lo, b.hi} {
		far := true
		for _, t := range ticks {
			if t.Label != "" && math.Abs(t.Value-end) < 0.75*step {
				far = false
			}
		}
		if far {
			v := math.Round(end/math.Pow10(e))*math.Pow10(e) + 0 // to the ticks' precision; + 0: no −0
			ticks = append(ticks, plot.Tick{Value: end, Label: tickLabel(v, e, exp)})
		}
	}
	return ticks
}

// width returns how far right of the data area the bar, its tick labels
// and its label reach.
func (b *colorBar) width(plt *plot.Plot) vg.Length {
	labels := vg.Length(0)
	for _, t := range b.ticks() {
		labels = max(labels, plt.Y.Tick.Label.Width(t.Label))
	}
	w := barGap + barThick + barTick + 2 + labels
	if b.label != "" {
		w += 4 + plt.Y.Label.TextStyle.Height(b.label)
	}
	return w
}

// GlyphBoxes asks for the band right of the data area that the bar and the
// legend (drawn at the right edge) need, and for half a tick label's height
// above and below it.
func (b *colorBar) GlyphBoxes(plt *plot.Plot) []plot.GlyphBox {
	w := b.width(plt)
	if lw := plt.Legend.Rectangle(draw.Canvas{}).Size().X; lw > 0 {
		w += barLegend + lw
	}
	h := plt.Y.Tick.Label.Height("0") / 2
	return []plot.GlyphBox{
		{X: 1, Y: 1, Rectangle: vg.Rectangle{Min: vg.Point{Y: -h}, Max: vg.Point{X: w, Y: h}}},
		{X: 1, Y: 0, Rectangle: vg.Rectangle{Min: vg.Point{Y: -h}, Max: vg.Point{X: w, Y: h}}},
	}
}

// Plot draws the bar right of the data area c.
func (b *colorBar) Plot(c draw.Canvas, plt *plot.Plot) {
	x0 := c.Max.X + barGap
	rect := vg.Rectangle{Min: vg.Point{X: x0, Y: c.Min.Y}, Max: vg.Point{X: x0 + barThick, Y: c.Max.Y}}
	img := image.NewRGBA(image.Rect(0, 0, 1, barSteps))
	for i := range barSteps {
		v := b.lo
		if b.hi > b.lo {
			v = b.lo + (b.hi-b.lo)*(float64(i)+0.5)/barSteps
		}
		img.Set(0, barSteps-1-i, b.color(v)) // image row 0 is the top
	}
	c.DrawImage(rect, img)
	edge := draw.LineStyle{Color: color.Gray{Y: 120}, Width: 0.5}
	c.StrokeLines(edge, []vg.Point{rect.Min, {X: rect.Max.X, Y: rect.Min.Y}, rect.Max, {X: rect.Min.X, Y: rect.Max.Y}, rect.Min})

	at := func(v float64) vg.Length { // the height of value v
		if b.hi == b.lo {
			return (c.Min.Y + c.Max.Y) / 2
		}
		return c.Min.Y + vg.Length((v-b.lo)/(b.hi-b.lo))*(c.Max.Y-c.Min.Y)
	}
	sty := plt.Y.Tick.Label
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	tick := draw.LineStyle{Color: color.Black, Width: 0.5}
	for _, t := range b.ticks() {
		y := at(t.Value)
		n := barTick
		if t.Label == "" {
			n /= 2
		}
		c.StrokeLine2(tick, rect.Max.X, y, rect.Max.X+n, y)
		if t.Label != "" {
			c.FillText(sty, vg.Point{X: rect.Max.X + barTick + 2, Y: y}, t.Label)
		}
	}
	if b.label != "" {
		lab := plt.Y.Label.TextStyle
		lab.XAlign, lab.YAlign = draw.XCenter, draw.YCenter
		lab.Rotation = math.Pi / 2
		x := c.Max.X + b.width(plt) - lab.Height(b.label)/2
		c.FillText(lab, vg.Point{X: x, Y: (c.Min.Y + c.Max.Y) / 2}, b.label)
	}
}
