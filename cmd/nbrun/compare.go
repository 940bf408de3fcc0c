package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/png"
	"regexp"
	"sort"
	"strings"
)

// Volatile parts of text outputs, masked before comparing: GoNB's temporary
// folders, other temporary paths, durations and memory addresses.
var volatile = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`gonb_[0-9a-f]{8}`), "gonb_<id>"},
	{regexp.MustCompile(`/tmp/[^\s'"]*`), "<tmp>"},
	{regexp.MustCompile(`\b(\d+h)?(\d+m)?\d+(\.\d+)?(ns|µs|us|ms|s)\b`), "<duration>"},
	{regexp.MustCompile(`0x[0-9a-f]{8,}`), "<addr>"},
}

// mask replaces the volatile parts of s, and the repository's own path.
func mask(s, repo string) string {
	if repo != "" {
		s = strings.ReplaceAll(s, repo, "<repo>")
	}
	for _, v := range volatile {
		s = v.re.ReplaceAllString(s, v.repl)
	}
	return s
}

// Image tolerance: a pixel differs when a channel moves by more than
// pixelDelta (of 255); an image drifts when more than maxDiffer of its
// pixels differ. Enough for anti-aliasing noise, not for a moved line.
const (
	pixelDelta = 32
	maxDiffer  = 0.001
)

// compareCell reports how the fresh outputs of a cell differ from the
// committed ones, or "" if they match. Streams are compared per name, and
// rich outputs (images, HTML) in order, separately: the kernel sends them on
// different channels, so their interleaving is not reproducible.
func compareCell(committed, fresh map[string]any, repo string) string {
	cs, cd := splitOutputs(outputs(committed))
	fs, fd := splitOutputs(outputs(fresh))
	for _, name := range []string{"stdout", "stderr"} {
		if d := diffText(mask(cs[name], repo), mask(fs[name], repo)); d != "" {
			return name + " differs: " + d
		}
	}
	if len(cd) != len(fd) {
		return fmt.Sprintf("%d rich outputs (images, HTML), want %d as committed", len(fd), len(cd))
	}
	for i := range cd {
		if d := compareBundle(cd[i], fd[i], repo); d != "" {
			return fmt.Sprintf("output %d: %s", i+1, d)
		}
	}
	return ""
}

// splitOutputs gathers the stream text by name and the data bundles of
// display and result outputs.
func splitOutputs(outs []map[string]any) (map[string]string, []map[string]any) {
	streams := map[string]string{}
	var data []map[string]any
	for _, o := range outs {
		switch o["output_type"] {
		case "stream":
			name, _ := o["name"].(string)
			streams[name] += text(o["text"])
		case "display_data", "execute_result":
			d, _ := o["data"].(map[string]any)
			data = append(data, d)
		case "error":
			streams["error"] += text(o["evalue"])
		}
	}
	return streams, data
}

func compareBundle(committed, fresh map[string]any, repo string) string {
	if a, b := mimeKeys(committed), mimeKeys(fresh); a != b {
		return fmt.Sprintf("kinds %s, want %s", b, a)
	}
	for mime, v := range committed {
		if mime == "image/png" {
			if d := comparePNG(text(v), text(fresh[mime])); d != "" {
				return d
			}
			continue
		}
		if d := diffText(mask(text(v), repo), mask(text(fresh[mime]), repo)); d != "" {
			return mime + " differs: " + d
		}
	}
	return ""
}

func mimeKeys(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

// diffText returns the first differing line of two texts, or "".
func diffText(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d is %q, want %q", i+1, gl, wl)
		}
	}
	return "texts differ"
}

func comparePNG(want, got string) string {
	a, err := decodePNG(want)
	if err != nil {
		return "committed image: " + err.Error()
	}
	b, err := decodePNG(got)
	if err != nil {
		return "fresh image: " + err.Error()
	}
	if a.Bounds() != b.Bounds() {
		return fmt.Sprintf("image is %v, want %v", b.Bounds().Size(), a.Bounds().Size())
	}
	r := a.Bounds()
	differ := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if pixelsDiffer(a, b, x, y) {
				differ++
			}
		}
	}
	if frac := float64(differ) / float64(r.Dx()*r.Dy()); frac > maxDiffer {
		return fmt.Sprintf("image differs in %.2f%% of its pixels (tolerance %.2f%%)", 100*frac, 100*maxDiffer)
	}
	return ""
}

func pixelsDiffer(a, b image.Image, x, y int) bool {
	r1, g1, b1, a1 := a.At(x, y).RGBA()
	r2, g2, b2, a2 := b.At(x, y).RGBA()
	for _, d := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
		diff := int(d[0]>>8) - int(d[1]>>8)
		if diff > pixelDelta || diff < -pixelDelta {
			return true
		}
	}
	return false
}

func decodePNG(b64 string) (image.Image, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(b64), ""))
	if err != nil {
		return nil, fmt.Errorf("not base64: %w", err)
	}
	return png.Decode(bytes.NewReader(raw))
}
