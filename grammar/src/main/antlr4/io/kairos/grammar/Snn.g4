// The Kairos .snn language. Reference: docs/dsl.md.
//
// Shape of the grammar: a file is `model NAME` followed by declarations. Everything that has
// parameters uses one of two regular forms, so that the parser stays small and the checker (not
// the parser) knows which names are valid where:
//   settings   `{ key value; key value ... }`    (neuron, train and deploy blocks; `;` optional;
//              `key role call` for one role of a training, `key network/layer value` for one layer)
//   calls      `kind(value, name value, ...)`    (encoders, init, loss, optimizer)
// Keywords are not reserved: any keyword may also be used as a name (see `identifier`).
grammar Snn;

// Entry rules: one per fragment that tests parse on its own.
standaloneModel : model EOF ;
standaloneDeclaration : declaration EOF ;
standaloneDeclarations : declaration* EOF ;
standaloneValue : value EOF ;

model : MODEL name=identifier declaration* ;

declaration
    : WINDOW steps=number                                                        #windowDeclaration
    | NEURON name=identifier ':' kind=identifier settingsBlock                   #neuronDeclaration
    | ENCODE name=identifier ':' source=call ARROW coding=identifier             #encoderDeclaration
    | NETWORK name=identifier '(' input=identifier ')' '{' networkItem* '}'      #networkDeclaration
    | TRAIN kind=identifier '(' networks+=identifier (',' networks+=identifier)* ')'
        ON data=dataSource settingsBlock                                         #trainDeclaration
    | DEPLOY target=dataSource settingsBlock?                                    #deployDeclaration
    ;

networkItem
    : DENSE name=identifier ':' size=number neuron=identifier layerOption*     #denseLayer
    | DECODE population=identifier AS encoder=identifier                        #decodeItem
    ;

layerOption
    : INIT init=call                                                            #initOption
    | CLASSES '(' classLabels ')'                                               #classesOption
    | key=IDENT value                                                           #overrideOption
    ;

classLabels
    : from=INTEGER RANGE to=INTEGER                                             #labelRange
    | classLabel (',' classLabel)*                                              #labelList
    ;

classLabel
    : identifier                                                                #nameLabel
    | STRING                                                                    #stringLabel
    | INTEGER                                                                   #integerLabel
    ;

// A data set name (`mnist`) or a path in quotes; also a deployment target (`loihi1` or a spec file).
dataSource
    : identifier                                                                #namedSource
    | STRING                                                                    #pathSource
    ;

settingsBlock : '{' (setting ';'?)* '}' ;

setting
    : key=identifier role=identifier call                                       #roleSetting
    | key=identifier layer=layerPath value                                      #layerSetting
    | key=identifier value                                                      #plainSetting
    ;

// One layer of one network, as deployment names it: `discriminator/hidden`.
layerPath : network=identifier SLASH population=identifier ;

call : kind=identifier '(' (argument (',' argument)*)? ')' ;

argument
    : name=identifier value                                                     #namedArgument
    | shape                                                                     #shapeArgument
    | value                                                                     #positionalArgument
    ;

shape : dims+=INTEGER (X dims+=INTEGER)+ ;

value
    : number                                                                    #numberValue
    | WINDOW                                                                    #windowValue
    | STRING                                                                    #stringValue
    | call                                                                      #callValue
    | identifier                                                                #nameValue
    ;

number : MINUS? (INTEGER | DECIMAL) ;

identifier
    : IDENT
    | nonReserved
    ;

// Every keyword except `window`, which is also a value (`refractory window`).
nonReserved
    : MODEL | NEURON | ENCODE | NETWORK | DENSE | DECODE | AS | INIT | CLASSES | TRAIN | ON
    | DEPLOY | X
    ;

MODEL   : 'model' ;
WINDOW  : 'window' ;
NEURON  : 'neuron' ;
ENCODE  : 'encode' ;
NETWORK : 'network' ;
DENSE   : 'dense' ;
DECODE  : 'decode' ;
AS      : 'as' ;
INIT    : 'init' ;
CLASSES : 'classes' ;
TRAIN   : 'train' ;
ON      : 'on' ;
DEPLOY  : 'deploy' ;
X       : 'x' ;

ARROW : '->' ;
RANGE : '..' ;
MINUS : '-' ;
SLASH : '/' ;

// `0..9` lexes as INTEGER RANGE INTEGER because a decimal needs digits after its point.
DECIMAL
    : DIGITS '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;
INTEGER : DIGITS ;
STRING  : '"' ( ~["\\\r\n] | '\\' ["\\] )* '"' ;
IDENT   : [A-Za-z_] [A-Za-z0-9_]* ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
WS           : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Lexical mistakes become tokens on their own channel: the front end reports them, and the
// parser does not see them, so one stray character costs one diagnostic, not a cascade.
UNTERMINATED_STRING : '"' ( ~["\\\r\n] | '\\' . )* -> channel(2) ;
BAD_CHARACTER       : . -> channel(2) ;
