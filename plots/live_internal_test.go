package plots

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// TestImgHTML checks that the HTML of a live update decodes back to the
// same PNG bytes.
func TestImgHTML(t *testing.T) {
	img := []byte("\x89PNG\r\n\x1a\n some bytes")
	html := imgHTML(img)
	const prefix, suffix = `<img src="data:image/png;base64,`, `">`
	if !strings.HasPrefix(html, prefix) || !strings.HasSuffix(html, suffix) {
		t.Fatalf("got %q, want an <img> with a base64 PNG data URL", html)
	}
	got, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(html, prefix), suffix))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, img) {
		t.Errorf("got %q, want %q", got, img)
	}
}
