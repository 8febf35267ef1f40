// Record ids shared between samples, so the alert, the hit and the seizure point at each other.
export const BOTEN_SEIZURE_ID = '3f6c1a52-8d0e-4b7a-9c21-5e4d2b7a1f01';
export const DAK_TA_OOC_SEIZURE_ID = '8b2e4c6d-1f3a-4e5b-8c7d-9a0b1c2d3e4f';
export const TRUCK_ALERT_ID = 'c41d9e27-5a6b-4c8d-9e0f-1a2b3c4d5e6f';
export const DAK_TA_OOC_HIT_ID = 'e7f81a2b-3c4d-4e5f-a6b7-c8d9e0f1a2b3';
export const BOTEN_CLOSURE_ID = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
export const BOTEN_REOPENING_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
