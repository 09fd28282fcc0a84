from string import Template
Template("hello $name").substitute(other=1)
