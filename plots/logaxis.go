package plots

import (
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// LogX puts p's X axis on a logarithmic scale marked by PowerTicks. As on
// every log axis plots draws, its label gets "(log)" when shown. It panics
// for a nil plot; Show panics if the axis runs below MinLogValue (0, say).
func LogX(p *plot.Plot) {
	if p == nil {
		fail("LogX", nil, "nil plot")
	}
	p.X.Scale, p.X.Tick.Marker = plot.LogScale{}, PowerTicks{}
}

// LogY is LogX for the Y axis.
func LogY(p *plot.Plot) {
	if p == nil {
		fail("LogY", nil, "nil plot")
	}
	p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, PowerTicks{}
}

// logLabel is the label of a logarithmic axis: label followed by "(log)",
// unless it says so already ("(log scale)" is shortened to "(log)").
func logLabel(label string) string {
	label = strings.ReplaceAll(label, "(log scale)", "(log)")
	switch {
	case strings.Contains(label, "(log"):
		return label
	case label == "":
		return "(log)"
	}
	return label + " (log)"
}

// isLog reports whether a is on a logarithmic scale.
func isLog(a *plot.Axis) bool {
	_, ok := a.Scale.(plot.LogScale)
	return ok
}

// view is how plots draws a *plot.Plot: a shallow copy (the caller's plot
// is not changed) whose logarithmic axes carry "(log)" in their labels,
// and whose log-axis labels plots writes itself. gonum makes room for a
// centred axis label around the data value midway between the axis's ends,
// which on a log axis sits near its top (or right) end: half the label's
// length is left blank beyond the axis. The copy keeps a one-space label
// (the same room across the axis, almost none along it) and the label is
// written where gonum writes it, at the middle of the data area.
type view struct {
	plot           *plot.Plot
	xLabel, yLabel string // written by draw; "" for none
	xStyle, yStyle text.Style
}

// newView returns the view of p.
func newView(p *plot.Plot) *view {
	q := *p
	v := &view{plot: &q}
	if isLog(&q.X) {
		q.X.Label.Text = logLabel(q.X.Label.Text)
		if q.X.Label.Position == draw.PosCenter && !strings.Contains(q.X.Label.Text, "\n") {
			v.xLabel, v.xStyle = q.X.Label.Text, q.X.Label.TextStyle
			q.X.Label.Text = " "
		}
	}
	if isLog(&q.Y) {
		q.Y.Label.Text = logLabel(q.Y.Label.Text)
		if q.Y.Label.Position == draw.PosCenter && !strings.Contains(q.Y.Label.Text, "\n") {
			v.yLabel, v.yStyle = q.Y.Label.Text, q.Y.Label.TextStyle
			q.Y.Label.Text = " "
		}
	}
	return v
}

// draw draws the plot on c, then the labels it left to plots, where gonum
// would have put them.
func (v *view) draw(c draw.Canvas) {
	v.plot.Draw(c)
	if v.xLabel == "" && v.yLabel == "" {
		return
	}
	data := v.plot.DataCanvas(c)
	if v.yLabel != "" {
		sty := v.yStyle
		sty.Rotation += math.Pi / 2
		x := c.Min.X + v.yStyle.Height(v.yLabel) - v.yStyle.FontExtents().Descent
		c.FillText(sty, vg.Point{X: x, Y: (data.Min.Y + data.Max.Y) / 2}, v.yLabel)
	}
	if v.xLabel != "" {
		y := c.Min.Y + v.xStyle.FontExtents().Descent
		c.FillText(v.xStyle, vg.Point{X: (data.Min.X + data.Max.X) / 2, Y: y}, v.xLabel)
	}
}

// drawPlot draws p on c as plots shows it.
func drawPlot(p *plot.Plot, c draw.Canvas) { newView(p).draw(c) }
