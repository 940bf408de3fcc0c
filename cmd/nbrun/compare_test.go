package main

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

func TestMaskHidesVolatileParts(t *testing.T) {
	a := mask("--- PASS: TestX (0.00s) in /tmp/gonb_1a2b3c4d/main.go at /repo/mlp took 1m2.5s", "/repo")
	b := mask("--- PASS: TestX (0.03s) in /tmp/gonb_99999999/main.go at /repo/mlp took 3.1s", "/repo")
	if a != b {
		t.Errorf("masked texts differ:\n%s\n%s", a, b)
	}
	if got := mask("accuracy 0.95, epoch 3", ""); got != "accuracy 0.95, epoch 3" {
		t.Errorf("mask changed plain numbers: %q", got)
	}
}

func pngBase64(t *testing.T, paint func(x, y int) color.Color) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 100, 100))
	for y := range 100 {
		for x := range 100 {
			img.Set(x, y, paint(x, y))
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes())
}

func TestComparePNGTolerance(t *testing.T) {
	white := func(x, y int) color.Color { return color.White }
	base := pngBase64(t, white)
	// Faint noise on every pixel is within tolerance.
	faint := pngBase64(t, func(x, y int) color.Color { return color.Gray{Y: 250} })
	if d := comparePNG(base, faint); d != "" {
		t.Errorf("faint change reported: %s", d)
	}
	// A black line across the image is not.
	line := pngBase64(t, func(x, y int) color.Color {
		if y == 50 {
			return color.Black
		}
		return color.White
	})
	if d := comparePNG(base, line); !strings.Contains(d, "1.00% of its pixels") {
		t.Errorf("line across the image: got %q", d)
	}
}

func TestCellFailureFindsShellAndPanic(t *testing.T) {
	stream := func(name, s string) map[string]any {
		return map[string]any{"output_type": "stream", "name": name, "text": s}
	}
	cases := []struct {
		outs []any
		want string
	}{
		{[]any{stream("stdout", "exit status 1 is just text on stdout\n")}, ""},
		{[]any{stream("stderr", "ls: "), stream("stderr", "no such file\nexit status 2\n")}, "exit status 2"},
		{[]any{stream("stderr", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\nexit status 2\n"),
			map[string]any{"output_type": "error", "ename": "ERROR", "evalue": "exit status 2"}}, "panic: boom"},
		{[]any{map[string]any{"output_type": "error", "ename": "ERROR", "evalue": "# gonb_0123abcd\n./main.go:3:1: undefined: y\n"}}, "undefined: y"},
	}
	for i, c := range cases {
		got := cellFailure(map[string]any{"outputs": c.outs})
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
}
