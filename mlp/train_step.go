package mlp

// workspace holds the buffers of one batch size, allocated once per Train.
type workspace struct {
	tr      *Trace
	g       *Gradients
	scratch []float64 // one row of the first layer's weight gradient (n_1)
}

// newWorkspace allocates the buffers for batches of b examples.
func (n *Network) newWorkspace(b int) *workspace {
	return &workspace{tr: newTrace(n.Sizes, b, false), g: newGradients(n.Sizes, b), scratch: make([]float64, n.Sizes[1])}
}

// forwardBatch propagates the batch b through the network into ws.tr and
// returns its mean loss. A sparse batch goes through the first layer by
// its non-zero inputs (mulSparse).
func (n *Network) forwardBatch(ws *workspace, b *batch) float64 {
	tr := ws.tr
	if b.sx == nil {
		tr.A[0] = b.x
		n.forward(tr)
	} else {
		first := n.Layers[0]
		mulSparse(tr.Z[0], b.sx, first.wt)                    // Z{1} = X·W{1}ᵀ
		addBiasActivate(tr.A[1], tr.Z[0], first.b, first.Act) //       + 1·b{1}ᵀ, A{1} = φ(Z{1})
		n.forwardFrom(tr, 2)
	}
	return n.batchLoss(tr, b.y)
}

// backwardUpdate backpropagates the batch b that forwardBatch propagated
// and takes the step: θ ← θ − α∇L, with the weights' decay (1 − αρ/N).
// With keep, ws.g holds the whole gradient afterwards (for OnStep). For a
// sparse batch the first layer's weight gradient is made and used row by
// row (stepSparse), and kept only with keep; the weights are those of
// backward then update, bit for bit.
func (n *Network) backwardUpdate(ws *workspace, b *batch, alpha, rho float64, N int, keep bool) {
	if b.sx == nil {
		n.backward(ws.tr, b.y, ws.g)
		n.update(ws.g, alpha, rho, N)
		return
	}
	n.backwardTo(ws.tr, b.y, ws.g, 2) // every δ{l} and ∂L/∂b{l}; ∂L/∂W{l} for l ≥ 2
	n.updateFrom(ws.g, 2, alpha, rho, N)
	w1 := n.Layers[0].wt
	if decay := 1 - alpha*rho/float64(N); decay != 1 {
		scale(decay, w1) // (1 − αρ/N) W{1}
	}
	g1 := ws.g.wt[0]
	if !keep {
		g1 = nil
	}
	stepSparse(w1, alpha, b.sx, ws.g.Delta[0], g1, ws.scratch) // − α ∂L/∂W{1}
}
