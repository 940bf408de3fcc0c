package lab

import "testing"

var sink []float64

func TestBytesAllocated(t *testing.T) {
	const n = 100000 // 800 000 bytes of float64
	got := BytesAllocated(func() { sink = make([]float64, n) })
	if got < 8*n || got > 8*n+8192+1024 {
		t.Errorf("make([]float64, %d): got %d bytes, want %d (+ at most a page)", n, got, 8*n)
	}
	if got := BytesAllocated(func() {}); got > 1024 {
		t.Errorf("nothing: got %d bytes, want about 0", got)
	}
}
