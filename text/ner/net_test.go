package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// netLoss is the summed cross-entropy of labels y under n for inputs x
// (m words), no dropout.
func netLoss(n *net, x []float32, m int, y []int) float64 {
	var st netState
	st.size(m, n.in, n.h)
	copy(st.x, x)
	n.forward(&st, m, nil, nil)
	var loss float64
	for t := 0; t < m; t++ {
		var p [nLabels]float32
		logSoftmax(st.out[t*nLabels:(t+1)*nLabels], p[:])
		loss -= float64(p[y[t]])
	}
	return loss
}

// TestNetGradient checks the network's back-propagated gradients against
// finite differences.
func TestNetGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := &net{vec: &wordVecs{dim: 3}, h: 4}
	n.in = 5
	rnd := func(k int) []float32 {
		w := make([]float32, k)
		for i := range w {
			w[i] = float32(rng.NormFloat64() * 0.5)
		}
		return w
	}
	n.w1, n.b1, n.w2, n.b2 = rnd(3*n.in*n.h), rnd(n.h), rnd(3*n.h*n.h), rnd(n.h)
	n.wo, n.bo = rnd(n.h*nLabels), rnd(nLabels)
	// the skip reads x[dim:dim+nLabels]: widen the input to hold it
	n.in = n.vec.dim + nLabels
	n.w1 = rnd(3 * n.in * n.h)
	n.ws = rnd(nLabels * nLabels)
	const m = 4
	x := rnd(m * n.in)
	y := []int{0, 1, 2, 0}
	grads := netGrads(n, x, m, y)
	params := [][]float32{n.w1, n.b1, n.w2, n.b2, n.wo, n.bo, n.ws}
	names := []string{"w1", "b1", "w2", "b2", "wo", "bo", "ws"}
	for pi, p := range params {
		for k := 0; k < len(p); k += 1 + len(p)/15 {
			old := p[k]
			const eps = 1e-3
			p[k] = old + eps
			up := netLoss(n, x, m, y)
			p[k] = old - eps
			down := netLoss(n, x, m, y)
			p[k] = old
			num := (up - down) / (2 * eps)
			if got := float64(grads[pi][k]); math.Abs(got-num) > 1e-2*math.Max(1, math.Abs(num)) {
				t.Errorf("%s[%d]: gradient %.5f, finite difference %.5f", names[pi], k, got, num)
			}
		}
	}
}

// netGrads returns the gradients of netLoss by back-propagation.
func netGrads(n *net, x []float32, m int, y []int) [][]float32 {
	var st netState
	st.size(m, n.in, n.h)
	copy(st.x, x)
	n.forward(&st, m, nil, nil)
	var g [][]float32
	for _, p := range n.params() {
		g = append(g, make([]float32, len(p)))
	}
	var bs backState
	n.backward(&st, &bs, m, y, nil, g)
	return g
}
