grammar Snn;
model : EOF ;
