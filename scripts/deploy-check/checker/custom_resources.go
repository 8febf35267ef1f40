package main

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	sigsjson "sigs.k8s.io/json"
)

// customResource is what every object of any kind has. Its spec is left open: the schema of a
// custom resource lives in its CRD, which only the cluster that installed the operator serves.
type customResource struct {
	metav1.TypeMeta `json:",inline"`
	Metadata        metav1.ObjectMeta `json:"metadata"`
	Spec            map[string]any    `json:"spec,omitempty"`
	Status          map[string]any    `json:"status,omitempty"`
}

func checkCustomResource(r *report, where string, asJSON []byte) {
	var cr customResource
	strictErrs, err := sigsjson.UnmarshalStrict(asJSON, &cr)
	if err != nil {
		r.finding("%s: %v", where, err)
		return
	}
	for _, e := range strictErrs {
		r.finding("%s: strict decoding: %v", where, e)
	}
	if len(strictErrs) > 0 {
		return
	}
	if cr.Metadata.Name == "" {
		r.finding("%s: metadata.name is empty", where)
	}
}
